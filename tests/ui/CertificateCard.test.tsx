/** 首页 cards in the real Taro H5 runtime: category, number, employer, expiry, a worded status chip and days left. */
import { fireEvent, render, screen } from '@testing-library/react'
import { CertificateCard } from '@/features/certificates/components/CertificateCard'
import type { Certificate } from '@/data/certificates/api'

const base: Certificate = {
  id: 'cert-1',
  number: '皖建安B（2021）0012345',
  category: 'B',
  holderName: '张三',
  idNumberMasked: '340***********123X',
  employer: { name: '安徽示范建设有限公司', uscc: '91340100MA2N0X0X0X' },
  issuedOn: '2021-12-01',
  validUntil: '2024-12-01',
  recordStatus: 'ACTIVE',
  province: '皖',
}

function cardText(props: Partial<Certificate>, today: string): string {
  const { container, unmount } = render(<CertificateCard certificate={{ ...base, ...props }} today={today} />)
  const text = container.textContent ?? ''
  unmount()
  return text
}

describe('CertificateCard', () => {
  it('shows every field a holder checks at a glance', () => {
    render(<CertificateCard certificate={base} today="2024-01-10" />)
    expect(screen.getByText('B类 项目负责人')).toBeTruthy()
    expect(screen.getByText('皖建安B（2021）0012345')).toBeTruthy()
    expect(screen.getByText('安徽示范建设有限公司')).toBeTruthy()
    expect(screen.getByText('2024-12-01', { exact: false })).toBeTruthy()
  })

  it('words the status, never colour alone (R4, R5)', () => {
    expect(cardText({}, '2024-01-10')).toContain('有效')
    expect(cardText({}, '2024-01-10')).toContain('剩余 326 天')
    // The day the renewal window opens (3 calendar months before expiry) the card turns to 即将到期.
    expect(cardText({}, '2024-09-01')).toContain('即将到期')
    expect(cardText({}, '2024-09-01')).toContain('剩余 91 天')
    expect(cardText({}, '2024-08-31')).not.toContain('即将到期')
    expect(cardText({}, '2024-12-01')).toContain('今天到期')
    expect(cardText({}, '2024-12-03')).toContain('已过期 2 天')
    expect(cardText({ recordStatus: 'CANCELLED' }, '2024-01-10')).toContain('已注销')
    expect(cardText({ recordStatus: 'CANCELLED' }, '2024-01-10')).not.toContain('剩余')
    expect(cardText({ recordStatus: 'TRANSFERRED_OUT' }, '2024-01-10')).toContain('已转出')
    expect(cardText({ recordStatus: 'SUSPENDED' }, '2024-01-10')).toContain('暂扣')
  })

  it('inside the renewal window, says the days left and offers 申请延期复核 (R4)', () => {
    const prompt = (props: Partial<Certificate>, today: string) => {
      const { container, unmount } = render(
        <CertificateCard certificate={{ ...base, ...props }} today={today} onRenew={() => undefined} />,
      )
      const text = container.querySelector('[data-testid="renewal-prompt"]')?.textContent ?? null
      unmount()
      return text
    }
    // The window opens three calendar months before 2024-12-01.
    expect(prompt({}, '2024-08-31')).toBeNull()
    expect(prompt({}, '2024-09-01')).toContain('还剩 91 天到期，可以申请延期复核')
    expect(prompt({}, '2024-12-01')).toContain('今天到期，可以申请延期复核')
    expect(prompt({}, '2024-12-02')).toBeNull()
    expect(prompt({ recordStatus: 'SUSPENDED' }, '2024-11-01')).toBeNull()
  })

  it('the renewal button goes to the form, not to the details', () => {
    const onOpen = jest.fn()
    const onRenew = jest.fn()
    render(<CertificateCard certificate={base} today="2024-11-01" onOpen={onOpen} onRenew={onRenew} />)
    fireEvent.click(screen.getByText('申请延期复核'))
    expect(onRenew).toHaveBeenCalledWith('cert-1')
    expect(onOpen).not.toHaveBeenCalled()
  })
})
