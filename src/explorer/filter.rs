//! Which explorer items a view shows. AND across dimensions, OR within one.
//! A season lists only the items the seed ties to it; items with no stated
//! season are returned apart, so the page can show them in their own group
//! and never inside a season's list.

use report_data::ExplorerItem;

use super::query::ViewState;

/// Lower-cases and drops whitespace and punctuation, so "Lilac  Spring!"
/// finds "lilac spring" and "春赏 丁香" finds "春赏丁香". Full-width Latin
/// letters and digits, as a Chinese input method may type them, count as
/// their ASCII twins. Only ASCII is case-folded: the names are Chinese or
/// ASCII English (a test holds the data to that), and Unicode's case tables
/// would cost about 6 KB (brotli) of the first load.
pub fn normalize(text: &str) -> String {
    text.chars()
        .map(narrow)
        .filter(|c| c.is_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// U+FF01..=U+FF5E are the full-width forms of ASCII '!'..='~'.
fn narrow(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// The items with their names normalized once, so each keystroke only scans.
pub struct SearchIndex<'a> {
    items: &'a [ExplorerItem],
    names: Vec<String>,
}

/// The result of a view: indices into the item list, in data order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matches {
    /// Items tied to the chosen season (to any season when none is chosen).
    pub seasonal: Vec<usize>,
    /// Items for which the seed states no season.
    pub season_not_stated: Vec<usize>,
}

impl Matches {
    pub fn len(&self) -> usize {
        self.seasonal.len() + self.season_not_stated.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The ids of the items shown, in data order. The page holds a row for
    /// every item, in data order within its group, so the rows a view shows
    /// are these and the others are hidden.
    pub fn visible_ids<'a>(&self, items: &'a [ExplorerItem]) -> Vec<&'a str> {
        items
            .iter()
            .enumerate()
            .filter(|(i, _)| self.seasonal.contains(i) || self.season_not_stated.contains(i))
            .map(|(_, item)| item.id.as_str())
            .collect()
    }
}

impl<'a> SearchIndex<'a> {
    pub fn new(items: &'a [ExplorerItem]) -> Self {
        let names = items
            .iter()
            .map(|item| {
                let mut name = normalize(&item.name.zh);
                // A separator that `normalize` never produces, so a search
                // cannot match across the two names.
                name.push('\u{1}');
                name.push_str(&normalize(&item.name.en));
                name
            })
            .collect();
        SearchIndex { items, names }
    }

    pub fn items(&self) -> &'a [ExplorerItem] {
        self.items
    }

    pub fn filter(&self, view: &ViewState) -> Matches {
        let needle = normalize(&view.search);
        let mut matches = Matches::default();
        for (i, (item, name)) in self.items.iter().zip(&self.names).enumerate() {
            let shown = (view.types.is_empty() || view.types.contains(&item.item_type))
                && (view.statuses.is_empty() || view.statuses.contains(&item.status))
                && (needle.is_empty() || name.contains(&needle));
            if !shown {
                continue;
            }
            if item.seasons.is_empty() {
                matches.season_not_stated.push(i);
            } else if view.season.is_none_or(|s| item.seasons.contains(&s)) {
                matches.seasonal.push(i);
            }
        }
        matches
    }
}
