import { checkStudyLink } from '../../../src/domain/studyLink'

const HOSTS = ['study.ahjsjg.example.cn']

describe('study link (延期复核 学习链接): https and an allowed host open in the web-view', () => {
  test('an https link on an allowed host opens', () => {
    const v = checkStudyLink('https://study.ahjsjg.example.cn/course/42?from=mp', HOSTS)
    expect(v).toEqual({
      open: true,
      url: 'https://study.ahjsjg.example.cn/course/42?from=mp',
      host: 'study.ahjsjg.example.cn',
    })
  })

  test('host matching ignores case', () => {
    expect(checkStudyLink('https://STUDY.ahjsjg.example.cn/x', HOSTS).open).toBe(true)
  })

  test.each([
    ['http://study.ahjsjg.example.cn/course/42', /https/],
    ['https://evil.example.com/course/42', /evil\.example\.com/],
    ['https://study.ahjsjg.example.cn.evil.com/x', /不在小程序可打开的范围内/],
    ['https://user:pw@study.ahjsjg.example.cn/x', /格式异常/],
    ['javascript:alert(1)', /https/],
    ['not a url', /格式不正确/],
    ['', /还未发布/],
  ])('%s is not opened: %s', (url, reason) => {
    const v = checkStudyLink(url, HOSTS)
    expect(v.open).toBe(false)
    if (!v.open) expect(v.reason).toMatch(reason)
  })

  test('an empty allow-list opens nothing', () => {
    expect(checkStudyLink('https://study.ahjsjg.example.cn/x', []).open).toBe(false)
  })
})
