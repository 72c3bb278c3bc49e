/** `shuangsuiji/match` (in progress). */
export {};
