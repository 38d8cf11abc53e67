namespace TaskBot.Domain.Plans;

/// <summary>Chinese numerals as used to number sections and said in chat: 一 … 十 … 四十四 … 一百零二.</summary>
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

    /// <summary>1 → 一, 11 → 十一, 21 → 二十一, 105 → 一百零五 (below 1000).</summary>
    public static string Format(int value)
    {
        if (value <= 0 || value >= 1000) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (hundreds, tens, ones) = (value / 100, value / 10 % 10, value % 10);
        var text = hundreds > 0 ? Digits[hundreds] + "百" : "";
        if (tens > 0) text += (tens == 1 && hundreds == 0 ? "" : Digits[tens].ToString()) + "十";
        else if (hundreds > 0 && ones > 0) text += "零";
        return ones > 0 ? text + Digits[ones] : text;
    }
}
