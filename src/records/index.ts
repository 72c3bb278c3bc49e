/** `shuangsuiji/records` (in progress). */
export {};
