//! Running text with each number kept whole: "突破1000万" must not break
//! into "突破1000" and "万" at a line end. Splits a text into plain runs and
//! number runs (digits with their 万/亿, a unit character and a qualifier)
//! for the page to mark `white-space: nowrap`.

use yew::prelude::*;

/// Qualifiers written before a number.
const BEFORE: [&str; 2] = ["突破", "约"];

/// The text as (is_number, run) pieces, in order; joined they give it back.
pub fn pieces(text: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let mut plain_from = 0;
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < text.len() {
        if !bytes[i].is_ascii_digit() {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let mut start = i;
        for q in BEFORE {
            if text[..i].ends_with(q) && start - q.len() >= plain_from {
                start -= q.len();
            }
        }
        let mut end = i;
        while end < text.len()
            && (bytes[end].is_ascii_digit() || matches!(bytes[end], b'.' | b',' | b'%'))
        {
            end += 1;
        }
        // Up to two characters after: 万 or 亿, then a unit (人, 件, 项 …),
        // then 余: "2000余人" and "172.59万人" stay whole.
        for _ in 0..3 {
            match text[end..].chars().next() {
                Some(c) if is_unit(c) => end += c.len_utf8(),
                _ => break,
            }
        }
        if start > plain_from {
            out.push((false, &text[plain_from..start]));
        }
        out.push((true, &text[start..end]));
        plain_from = end;
        i = end;
    }
    if plain_from < text.len() {
        out.push((false, &text[plain_from..]));
    }
    out
}

fn is_unit(c: char) -> bool {
    "万亿余人件次项个场年户支家类成月日号%".contains(c)
}

/// The text as HTML with each number in a `.num` span.
pub fn with_whole_numbers(text: &str) -> Html {
    html! {
        { for pieces(text).into_iter().map(|(number, run)| if number {
            html! { <span class="num">{ run }</span> }
        } else {
            html! { { run } }
        }) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_units_and_qualifiers() {
        let text = "网络点击量突破1000万，吸引了2000余人参与；172.59万人签约，签约率69.59%。";
        let numbers: Vec<&str> = pieces(text)
            .into_iter()
            .filter(|p| p.0)
            .map(|p| p.1)
            .collect();
        assert_eq!(numbers, ["突破1000万", "2000余人", "172.59万人", "69.59%"]);
        assert_eq!(
            pieces(text).into_iter().map(|p| p.1).collect::<String>(),
            text
        );
        let english = "1.7259 million residents, 25 January";
        assert_eq!(
            pieces(english).into_iter().map(|p| p.1).collect::<String>(),
            english
        );
    }
}
