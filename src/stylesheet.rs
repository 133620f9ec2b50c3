//! Reads colours out of `static/style.css`, the one place they are set: the
//! chart pictures paint with the page's light colours, and
//! `tests/chart_colours.rs` holds every scheme to its contrast. Only what
//! that file's rules need: `selector { property: value; … }`, no nesting
//! beyond a media block, comments anywhere.

use std::collections::HashMap;
use std::sync::LazyLock;

pub type Rgb = (u8, u8, u8);

/// The page's stylesheet without its comments, which may hold `:` and `;`.
pub static CSS: LazyLock<String> =
    LazyLock::new(|| without_comments(include_str!("../static/style.css")));

pub fn without_comments(mut css: &str) -> String {
    let mut out = String::new();
    while let Some(start) = css.find("/*") {
        out.push_str(&css[..start]);
        let end = css[start..].find("*/").map_or(css.len(), |e| start + e + 2);
        css = &css[end..];
    }
    out + css
}

/// The declarations of the first rule that `selector` opens in `from`.
pub fn rule<'a>(from: &'a str, selector: &str) -> Option<&'a str> {
    let open = format!("{selector} {{");
    let start = from.find(&open)? + open.len();
    let len = from[start..].find('}')?;
    Some(&from[start..start + len])
}

/// `property: value` in a rule's declarations.
pub fn value<'a>(decls: &'a str, property: &str) -> Option<&'a str> {
    declarations(decls).find_map(|(p, v)| (p == property).then_some(v))
}

/// Each `property: value` of a rule, in order.
pub fn declarations(decls: &str) -> impl Iterator<Item = (&str, &str)> {
    decls.split(';').filter_map(|d| {
        let (p, v) = d.split_once(':')?;
        Some((p.trim(), v.trim()))
    })
}

/// `#rrggbb`.
pub fn hex(v: &str) -> Option<Rgb> {
    let v = v.strip_prefix('#').filter(|v| v.len() == 6)?;
    let byte = |i: usize| u8::from_str_radix(&v[i..i + 2], 16).ok();
    Some((byte(0)?, byte(2)?, byte(4)?))
}

/// The colour variables a rule sets, by name without `--`.
pub fn colour_vars(decls: &str) -> HashMap<String, Rgb> {
    declarations(decls)
        .filter_map(|(p, v)| Some((p.strip_prefix("--")?.to_string(), hex(v)?)))
        .collect()
}

/// The name in `var(--name)`.
pub fn var_name(v: &str) -> Option<&str> {
    v.strip_prefix("var(--")?.strip_suffix(')')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rules_past_comments() {
        let css =
            without_comments(".a { color: var(--fg); /* x: y; */ }\n:root { --fg: #1a1a1a; }");
        let a = rule(&css, ".a").unwrap();
        assert_eq!(value(a, "color").and_then(var_name), Some("fg"));
        assert_eq!(
            colour_vars(rule(&css, ":root").unwrap())["fg"],
            (0x1a, 0x1a, 0x1a)
        );
        assert_eq!(rule(&css, ".b"), None);
    }
}
