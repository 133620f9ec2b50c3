//! What read aloud finds in the static page: each readable element carries
//! `data-say` (`static/read-aloud.js` speaks its text, nested `<details>`
//! left out). The value is the pause said between its child elements
//! where they are laid out rather than punctuated (a glance card's
//! section, figure and line), empty in running text. Running text is one
//! element per sentence, so the sentence being read can be highlighted.
//! Each part that can be read (the opening, each story section) starts
//! with a button the script shows when the browser has a voice for it.

use report_data::Lang;
use yew::prelude::*;

use super::numbers::with_whole_numbers;
use crate::i18n::page_strings;

/// Running text, one `data-say` span per sentence, numbers kept whole.
pub fn said_sentences(text: &str) -> Html {
    html! {
        { for sentences(text).into_iter().map(|s| html! {
            <span data-say="">{ with_whole_numbers(s) }</span>
        }) }
    }
}

/// The `data-say` of an element whose parts are laid out side by side.
pub fn pause(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "，",
        Lang::En => ", ",
    }
}

/// The part's "read this section aloud" button, shown by the script.
pub fn read_button(lang: Lang) -> Html {
    html! {
        <button type="button" class="read-part" data-read="">{ page_strings(lang).read_part }</button>
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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
