/** `shuangsuiji/draw` (in progress). */
export {};
