//! The numbers a text states, so validation can hold our words to the
//! seed's: a label, lead or translation may repeat a number its sources
//! give, never bring one of its own.

/// Numbers written in digits, in either language, scaled by the word after
/// them: "172.59万" and "1.7259 million" are both 1,725,900; "1,800" is
/// 1800; "69.59%" is 69.59. Numbers in words ("七成", "seven in ten") are
/// not read: a paraphrase in words is the editor's to check.
pub fn stated_numbers(text: &str) -> Vec<f64> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut digits = String::new();
        while i < chars.len() {
            let c = chars[i];
            let next_is_digit = chars.get(i + 1).is_some_and(char::is_ascii_digit);
            if c.is_ascii_digit() || (c == '.' && next_is_digit) {
                digits.push(c);
            } else if c == ',' && thousands_follow(&chars[i + 1..]) {
                // A thousands separator, not a list comma: "1,800".
            } else {
                break;
            }
            i += 1;
        }
        let Ok(value) = digits.parse::<f64>() else {
            continue;
        };
        out.push(value * scale_after(&chars[i..]));
    }
    out
}

/// What a seed sentence states: its digits as above, its Chinese numerals
/// (十二年, 两家, 七八成), and the 万 of 万元 on its own.
pub fn grounded_numbers(text: &str) -> Vec<f64> {
    let mut out = stated_numbers(text);
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '万' && (i == 0 || !chars[i - 1].is_ascii_digit()) {
            out.push(1e4);
        }
        if numeral(chars[i]).is_none() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && numeral(chars[i]).is_some() {
            i += 1;
        }
        let run = &chars[start..i];
        let tenths = chars.get(i) == Some(&'成');
        for &c in run {
            if let Some(Numeral::Digit(d)) = numeral(c) {
                out.push(d);
                if tenths {
                    out.push(d * 10.0);
                }
            }
        }
        if tenths {
            out.push(10.0);
        }
        out.extend(compose(run));
    }
    out
}

/// Equal as the page would show them: to a millionth of the larger.
pub fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn thousands_follow(rest: &[char]) -> bool {
    rest.len() >= 3
        && rest[..3].iter().all(char::is_ascii_digit)
        && !rest.get(3).is_some_and(char::is_ascii_digit)
}

fn scale_after(rest: &[char]) -> f64 {
    let word: String = rest.iter().skip_while(|c| **c == ' ').take(7).collect();
    if rest.first() == Some(&'万') {
        1e4
    } else if rest.first() == Some(&'亿') {
        1e8
    } else if word.starts_with("million") {
        1e6
    } else {
        1.0
    }
}

enum Numeral {
    Digit(f64),
    Unit(f64),
}

fn numeral(c: char) -> Option<Numeral> {
    let digit = |d: f64| Some(Numeral::Digit(d));
    match c {
        '零' => digit(0.0),
        '一' => digit(1.0),
        '二' | '两' => digit(2.0),
        '三' => digit(3.0),
        '四' => digit(4.0),
        '五' => digit(5.0),
        '六' => digit(6.0),
        '七' => digit(7.0),
        '八' => digit(8.0),
        '九' => digit(9.0),
        '十' => Some(Numeral::Unit(10.0)),
        '百' => Some(Numeral::Unit(100.0)),
        '千' => Some(Numeral::Unit(1000.0)),
        _ => None,
    }
}

/// 十二 → 12, 二十 → 20, 一百二十三 → 123; None for runs that are lists of
/// digits (七八) rather than one number.
fn compose(run: &[char]) -> Option<f64> {
    let mut total = 0.0;
    let mut pending: Option<f64> = None;
    let mut has_unit = false;
    for &c in run {
        match numeral(c)? {
            Numeral::Digit(d) => {
                if pending.is_some() {
                    return None;
                }
                pending = Some(d);
            }
            Numeral::Unit(u) => {
                has_unit = true;
                total += pending.take().unwrap_or(1.0) * u;
            }
        }
    }
    has_unit.then(|| total + pending.unwrap_or(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_digits_in_both_languages_with_their_scale() {
        assert_eq!(
            stated_numbers("已达172.59万人，签约率69.59%"),
            [1_725_900.0, 69.59]
        );
        assert_eq!(
            stated_numbers("1.7259 million residents, 1,800–2,200 each, 25 January"),
            [1_725_900.0, 1800.0, 2200.0, 25.0]
        );
        assert_eq!(stated_numbers("22, 5 and 27"), [22.0, 5.0, 27.0]);
        assert_eq!(stated_numbers("清洁取暖改造8万户"), [80_000.0]);
        assert_eq!(stated_numbers("no numbers. None."), Vec::<f64>::new());
    }

    #[test]
    fn grounds_include_chinese_numerals() {
        let found = grounded_numbers("时隔十二年重启，七八成问题，两家企业，万元工业增加值");
        for n in [12.0, 7.0, 8.0, 70.0, 80.0, 10.0, 2.0, 10_000.0] {
            assert!(found.iter().any(|&f| same(f, n)), "{n} in {found:?}");
        }
        assert!(!found.iter().any(|&f| same(f, 78.0)), "七八 is two numbers");
    }
}
