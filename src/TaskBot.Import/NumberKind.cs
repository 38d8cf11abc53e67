namespace TaskBot.Import;

/// <summary>How a plan numbers a heading: 一、 （一） 1. 第一部分. Tasks take one kind; chapters the others.</summary>
public enum NumberKind { Chinese, Parenthesised, Arabic, Part }
