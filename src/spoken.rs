//! What read aloud says. Browsers' Chinese voices read digits unevenly
//! ("172.59万" may come out as "一七二点五九万" or be skipped), so the
//! prerender step writes the words a reader would say, "一百七十二点五九万",
//! into the page (`data-say`): the wasm speaks them and needs no converter.
//! English is spoken as written.

use report_data::Lang;

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Characters that make a number a count or a measure (万, 人, 件 …), so
/// a long one before them is a quantity, not a code like a hotline number.
const UNITS: &str = "万亿余人件次项个场年户支家类成月日号名";

/// The words read aloud for `text` in `lang`.
pub fn spoken(text: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => chinese(text),
        Lang::En => text.to_string(),
    }
}

/// The `data-say` value: empty when the words are the text itself, so the
/// page does not carry each sentence twice.
pub fn say(text: &str, lang: Lang) -> String {
    let words = spoken(text, lang);
    if words == text { String::new() } else { words }
}

/// The text's sentences, each with its closing mark, in order: read aloud
/// highlights one at a time. Joined they give the text back.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        // A closing quote or bracket stays with its sentence.
        let closers = |n: Option<char>| n.is_some_and(|n| "”’」）)\"".contains(n));
        // Latin stops end a sentence only before a space or a closing mark
        // ("1.7259" goes on).
        let ends = match c {
            '。' | '！' | '？' | '；' => true,
            '.' | '!' | '?' | ';' => next == Some(' ') || closers(next),
            _ => false,
        };
        if ends {
            let mut end = i + c.len_utf8();
            while closers(chars.peek().map(|&(_, n)| n)) {
                let (j, n) = chars.next().expect("peeked");
                end = j + n.len_utf8();
            }
            let piece = &text[from..end];
            if !piece.trim().is_empty() {
                out.push(piece);
            }
            from = end;
        }
    }
    if !text[from..].trim().is_empty() {
        out.push(&text[from..]);
    }
    out
}

/// Every number in Chinese text in the words it is read with.
fn chinese(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..start]);
        let number = &rest[start..];
        let mut end = 0;
        let bytes = number.as_bytes();
        // Digits, thousands commas between digits, one decimal point.
        let mut point = None;
        while end < bytes.len() {
            let b = bytes[end];
            let digit_after = bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
            if b.is_ascii_digit() || (b == b',' && digit_after && point.is_none()) {
                end += 1;
            } else if b == b'.' && digit_after && point.is_none() {
                point = Some(end);
                end += 1;
            } else {
                break;
            }
        }
        let after = &number[end..];
        let whole = number[..point.unwrap_or(end)].replace(',', "");
        let fraction = point.map(|p| &number[p + 1..end]);
        let (percent, after) = match after.strip_prefix('%') {
            Some(a) => (true, a),
            None => (false, after),
        };
        if percent {
            out.push_str("百分之");
        }
        let next = after.chars().next();
        let year = whole.len() == 4 && next == Some('年');
        let code = whole.len() >= 5
            && !number[..end].contains(',')
            && !next.is_some_and(|c| UNITS.contains(c));
        if fraction.is_none() && !percent && (year || code) {
            out.extend(whole.chars().map(digit));
        } else {
            out.push_str(&integer(&whole));
        }
        if let Some(f) = fraction {
            out.push('点');
            out.extend(f.chars().map(digit));
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

fn digit(c: char) -> char {
    DIGITS[c.to_digit(10).unwrap_or(0) as usize]
}

/// An integer in words: 1083 → 一千零八十三, 10 → 十, 2000 → 两千.
/// Past what 亿 groups can say, digit by digit.
fn integer(digits: &str) -> String {
    let Some(n) = digits
        .parse::<u64>()
        .ok()
        .filter(|&n| n < 1_000_000_000_000)
    else {
        return digits.chars().map(digit).collect();
    };
    if n == 0 {
        return "零".into();
    }
    let mut out = String::new();
    let mut gap = false;
    for (group, unit) in [
        (n / 100_000_000, "亿"),
        (n / 10_000 % 10_000, "万"),
        (n % 10_000, ""),
    ] {
        if group == 0 {
            gap |= !out.is_empty();
            continue;
        }
        if !out.is_empty() && (gap || group < 1000) {
            out.push('零');
        }
        out.push_str(&below_ten_thousand(group));
        out.push_str(unit);
        gap = false;
    }
    // 十二, not 一十二; 两千 and 两万, as they are said.
    if let Some(rest) = out.strip_prefix("一十") {
        out = format!("十{rest}");
    }
    for big in ["二千", "二万", "二亿"] {
        if out.starts_with(big) {
            out.replace_range(..'二'.len_utf8(), "两");
        }
    }
    out
}

fn below_ten_thousand(n: u64) -> String {
    let mut out = String::new();
    let mut zero = false;
    for (value, unit) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
        let d = (n / value % 10) as usize;
        if d == 0 {
            zero |= !out.is_empty();
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        out.push(DIGITS[d]);
        out.push_str(unit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zh(text: &str) -> String {
        spoken(text, Lang::Zh)
    }

    #[test]
    fn decimals_are_read_digit_by_digit_after_the_point() {
        assert_eq!(zh("172.59万人"), "一百七十二点五九万人");
        assert_eq!(zh("89.03"), "八十九点零三");
        assert_eq!(zh("0.5"), "零点五");
    }

    #[test]
    fn percentages_say_the_whole_first() {
        assert_eq!(zh("签约率69.59%。"), "签约率百分之六十九点五九。");
        assert_eq!(zh("100%"), "百分之一百");
        assert_eq!(zh("13.72%"), "百分之十三点七二");
    }

    #[test]
    fn integers_read_with_their_places_and_zeros() {
        let cases = [
            ("0", "零"),
            ("4", "四"),
            ("10", "十"),
            ("12", "十二"),
            ("20", "二十"),
            ("101", "一百零一"),
            ("110", "一百一十"),
            ("1000", "一千"),
            ("1083", "一千零八十三"),
            ("1800", "一千八百"),
            ("2000", "两千"),
            ("2200", "两千二百"),
            ("10000", "一万"),
            ("10086", "一万零八十六"),
            ("100000", "十万"),
            ("1,725,900", "一百七十二万五千九百"),
            ("20000000", "两千万"),
            ("100000000", "一亿"),
            ("100010000", "一亿零一万"),
            ("300000005", "三亿零五"),
        ];
        for (digits, words) in cases {
            assert_eq!(integer(&digits.replace(',', "")), words, "{digits}");
        }
        assert_eq!(zh("1,725,900人"), "一百七十二万五千九百人");
    }

    #[test]
    fn units_and_qualifiers_stay_as_written() {
        assert_eq!(
            zh("网络点击量突破1000万，吸引了2000余人参与"),
            "网络点击量突破一千万，吸引了两千余人参与"
        );
        assert_eq!(zh("1800名至2200名"), "一千八百名至两千二百名");
        assert_eq!(
            zh("居8个市州首位，连续4年全省第一"),
            "居八个市州首位，连续四年全省第一"
        );
        assert_eq!(zh("1月25日"), "一月二十五日");
    }

    #[test]
    fn years_and_hotline_numbers_are_read_digit_by_digit() {
        assert_eq!(zh("2023年度评价"), "二零二三年度评价");
        assert_eq!(zh("12345热线"), "一二三四五热线");
        assert_eq!(zh("12345政务服务便民热线"), "一二三四五政务服务便民热线");
        // A count before its measure word is a quantity.
        assert_eq!(zh("12345件"), "一万二千三百四十五件");
    }

    #[test]
    fn english_and_text_without_digits_are_spoken_as_written() {
        let en = "1.7259 million residents: a sign-up rate of 69.59%.";
        assert_eq!(spoken(en, Lang::En), en);
        assert_eq!(say(en, Lang::En), "");
        assert_eq!(say("七八成", Lang::Zh), "");
        assert_eq!(say("172.59万", Lang::Zh), "一百七十二点五九万");
    }

    #[test]
    fn sentences_split_at_their_stops_and_join_back() {
        let zh = "参与人数2000余人。网络点击量突破1000万！“好”，他说。";
        assert_eq!(
            sentences(zh),
            [
                "参与人数2000余人。",
                "网络点击量突破1000万！",
                "“好”，他说。"
            ]
        );
        let en = "Over 1.7259 million signed up. The rate is 69.59%. He said: “Fine.” Then";
        assert_eq!(
            sentences(en),
            [
                "Over 1.7259 million signed up.",
                " The rate is 69.59%.",
                " He said: “Fine.”",
                " Then"
            ]
        );
        assert_eq!(sentences(en).concat(), en);
        assert_eq!(sentences(zh).concat(), zh);
    }
}
