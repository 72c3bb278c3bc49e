/** `shuangsuiji/plan` (in progress). */
export {};
