//! An island's fingerprint: how many elements its prerendered content holds
//! and their tag names in document order, hashed. The prerender step writes
//! it on the root (`data-fingerprint`); the browser takes it again from the
//! live DOM before hydrating. Yew's hydration panics on an element it did
//! not render (a translator wrapping words in `<font>`, an extension adding
//! a button), and a panic in the wasm stops every island, not only that one:
//! so an island whose content changed is left as the prerendered HTML it is.

/// The attribute on an island's root that holds its fingerprint.
pub const FINGERPRINT_ATTR: &str = "data-fingerprint";

/// Tag names in, a short string out: FNV-1a over the lower-case names, and
/// the count, so a translator's added element always shows.
#[derive(Debug, Clone, Copy)]
pub struct Fingerprint {
    count: u32,
    hash: u32,
}

impl Default for Fingerprint {
    fn default() -> Self {
        Fingerprint {
            count: 0,
            hash: 0x811c_9dc5,
        }
    }
}

impl Fingerprint {
    /// Adds the next element, by its tag name in any case (the DOM gives
    /// HTML names in upper case).
    pub fn add(&mut self, tag: &str) {
        for b in tag.bytes().chain(*b" ") {
            self.hash = (self.hash ^ u32::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0193);
        }
        self.count += 1;
    }

    pub fn value(&self) -> String {
        format!("{}-{:x}", self.count, self.hash)
    }
}

/// The fingerprint of an HTML fragment as the prerender step wrote it: the
/// start tags outside comments and quoted attribute values.
#[cfg(not(target_arch = "wasm32"))]
pub fn of_html(html: &str) -> String {
    let mut print = Fingerprint::default();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        if let Some(after) = rest.strip_prefix("!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let name_len = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
            .unwrap_or(rest.len());
        let name = &rest[..name_len];
        if name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            print.add(name);
        }
        rest = skip_tag(&rest[name_len..]);
    }
    print.value()
}

/// What follows the tag that `rest` is inside of: past its `>`, stepping
/// over quoted attribute values, which may hold `>` or `<`.
#[cfg(not(target_arch = "wasm32"))]
fn skip_tag(rest: &str) -> &str {
    let mut quote = None;
    for (i, c) in rest.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '>') => return &rest[i + 1..],
            _ => {}
        }
    }
    ""
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of_tags(tags: &[&str]) -> String {
        let mut print = Fingerprint::default();
        for tag in tags {
            print.add(tag);
        }
        print.value()
    }

    #[test]
    fn counts_start_tags_in_order_and_ignores_case() {
        let html = r#"<div class="a"><!--<[x]>--><button type="button" aria-label="a > b <c>">A</button><svg><rect/><text>1 &lt; 2</text></svg></div>"#;
        assert_eq!(
            of_html(html),
            of_tags(&["DIV", "BUTTON", "svg", "rect", "text"])
        );
        assert!(of_html(html).starts_with("5-"));
    }

    #[test]
    fn an_added_or_swapped_element_changes_it() {
        let base = of_tags(&["div", "button", "span"]);
        assert_ne!(base, of_tags(&["div", "button", "font", "span"]));
        assert_ne!(base, of_tags(&["div", "span", "button"]));
        assert_ne!(of_tags(&["ab", "c"]), of_tags(&["a", "bc"]));
    }

    #[test]
    fn text_comments_and_end_tags_are_not_elements() {
        assert_eq!(of_html("<p>a</p><!-- <b> --> x < y"), of_tags(&["p"]));
        assert_eq!(of_html(""), of_tags(&[]));
    }
}
