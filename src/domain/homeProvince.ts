/** The province this deployment serves (short name); transfers in come from elsewhere, transfers out go elsewhere. */
export const HOME_PROVINCE = '皖'
