/** `shuangsuiji/calendar` (in progress). */
export {};
