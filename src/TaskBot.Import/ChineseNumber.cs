namespace TaskBot.Import;

/// <summary>Chinese numerals as used to number sections: 一 … 十 … 四十四 … 一百零二.</summary>
public static class ChineseNumber
{
    private const string Digits = "零一二三四五六七八九";

    public static bool TryParse(string text, out int value)
    {
        value = 0;
        if (text.Length == 0) return false;
        var section = 0;
        var digit = -1;
        foreach (var c in text.Replace('〇', '零').Replace('两', '二'))
        {
            var d = Digits.IndexOf(c);
            if (d >= 0) { digit = d; continue; }
            var unit = c switch { '十' => 10, '百' => 100, _ => 0 };
            if (unit == 0) return false;
            section += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        value = section + Math.Max(digit, 0);
        return value > 0;
    }
}
