import { maskPhone, validatePersonName, validatePhone } from '../../src/domain/person'

describe('实名认证 form fields', () => {
  it.each(['张三', '欧阳娜娜', '阿卜杜·热合曼', '买买提.艾力'])('accepts the name %s', (name) => {
    expect(validatePersonName(name).ok).toBe(true)
  })
  it('normalises the dot of minority names to ·', () => {
    expect(validatePersonName(' 买买提.艾力 ')).toEqual({ ok: true, value: '买买提·艾力' })
  })
  it.each([
    ['', '请输入姓名'],
    ['张', '姓名至少2个汉字'],
    ['Zhang San', '姓名只能是汉字，少数民族姓名可用「·」分隔，请与身份证一致'],
    ['张3', '姓名只能是汉字，少数民族姓名可用「·」分隔，请与身份证一致'],
    ['··', '姓名只能是汉字，少数民族姓名可用「·」分隔，请与身份证一致'],
    ['·张三', '姓名只能是汉字，少数民族姓名可用「·」分隔，请与身份证一致'],
    ['张😀', '姓名只能是汉字，少数民族姓名可用「·」分隔，请与身份证一致'],
    ['张'.repeat(31), '姓名最多30个字'],
  ])('refuses the name %j with a Chinese message', (name, message) => {
    expect(validatePersonName(name)).toEqual({ ok: false, message })
  })

  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
  ])('accepts the phone %s', (input, value) => {
    expect(validatePhone(input)).toEqual({ ok: true, value })
  })
  it.each([
    ['', '请输入手机号'],
    ['1381234567', '手机号应为11位，您输入了10位'],
    ['12812345678', '手机号格式不正确，请检查'],
    ['1381234567a', '手机号只能包含数字'],
  ])('refuses the phone %j', (input, message) => {
    expect(validatePhone(input)).toEqual({ ok: false, message })
  })
  it('masks a phone number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
  })
})
