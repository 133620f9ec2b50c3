//! The explorer's state as a URL query string, so a shared link reopens the
//! same view. Reading never fails: whatever is unknown or malformed is
//! ignored and the rest is kept.

use std::collections::BTreeSet;

use report_data::{ItemType, Season, Status};

/// Longer searches are cut here, so a pasted novel cannot slow the page.
pub const MAX_QUERY_CHARS: usize = 64;

/// What the reader has chosen. Empty sets mean "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewState {
    /// `None` shows every season.
    pub season: Option<Season>,
    pub types: BTreeSet<ItemType>,
    pub statuses: BTreeSet<Status>,
    /// The search text as typed, at most `MAX_QUERY_CHARS` characters.
    pub search: String,
}

const SEASON: &str = "season";
const TYPE: &str = "type";
const STATUS: &str = "status";
const SEARCH: &str = "q";

impl ViewState {
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// Keys this state owns in the query string; others belong to the rest
    /// of the page and are left alone.
    pub fn owns(key: &str) -> bool {
        matches!(key, SEASON | TYPE | STATUS | SEARCH)
    }

    /// Keeps at most `MAX_QUERY_CHARS` characters of `text`, wherever the
    /// search comes from (the URL or the search field).
    pub fn set_search(&mut self, text: &str) {
        self.search = text.chars().take(MAX_QUERY_CHARS).collect();
    }

    /// Reads a query string, with or without its leading `?`.
    pub fn from_query(query: &str) -> Self {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut state = Self::default();
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            match key.as_ref() {
                // A bad value is skipped like an unknown key: it must not
                // undo a good one that came before it.
                SEASON => {
                    if let Some(season) = find(&Season::ALL, season_key, &value) {
                        state.season = Some(season);
                    }
                }
                TYPE => state
                    .types
                    .extend(split(&value).filter_map(|v| find(&ItemType::ALL, type_key, v))),
                STATUS => state
                    .statuses
                    .extend(split(&value).filter_map(|v| find(&Status::ALL, status_key, v))),
                SEARCH => state.set_search(&value),
                _ => {}
            }
        }
        state
    }

    /// The query string for this state without the leading `?`; empty for
    /// the default view. Keys always come in the same order, so equal
    /// states give equal URLs.
    pub fn to_query(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if let Some(season) = self.season {
            out.append_pair(SEASON, season_key(season));
        }
        if !self.types.is_empty() {
            out.append_pair(TYPE, &join(self.types.iter().map(|t| type_key(*t))));
        }
        if !self.statuses.is_empty() {
            out.append_pair(STATUS, &join(self.statuses.iter().map(|s| status_key(*s))));
        }
        if !self.search.is_empty() {
            out.append_pair(SEARCH, &self.search);
        }
        out.finish()
    }

    /// The page's query string (with or without its `?`) with this view's
    /// keys replaced, without the leading `?`. Pairs that belong to the rest
    /// of the page (e.g. `lang`) keep their place and spelling; empty pairs
    /// are dropped.
    pub fn replace_in(&self, page_query: &str) -> String {
        let page_query = page_query.strip_prefix('?').unwrap_or(page_query);
        let own = self.to_query();
        page_query
            .split('&')
            .filter(|pair| !pair.is_empty() && !Self::owns_pair(pair))
            .chain((!own.is_empty()).then_some(own.as_str()))
            .collect::<Vec<_>>()
            .join("&")
    }

    fn owns_pair(pair: &str) -> bool {
        form_urlencoded::parse(pair.as_bytes())
            .next()
            .is_some_and(|(key, _)| Self::owns(&key))
    }
}

fn split(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim)
}

fn join<'a>(keys: impl Iterator<Item = &'a str>) -> String {
    keys.collect::<Vec<_>>().join(",")
}

fn find<T: Copy>(all: &[T], key: fn(T) -> &'static str, value: &str) -> Option<T> {
    all.iter().copied().find(|t| key(*t) == value)
}

pub fn season_key(season: Season) -> &'static str {
    match season {
        Season::Spring => "spring",
        Season::Summer => "summer",
        Season::Autumn => "autumn",
        Season::Winter => "winter",
    }
}

pub fn type_key(item_type: ItemType) -> &'static str {
    match item_type {
        ItemType::Theme => "theme",
        ItemType::Event => "event",
        ItemType::Activity => "activity",
        ItemType::Place => "place",
        ItemType::Service => "service",
    }
}

pub fn status_key(status: Status) -> &'static str {
    match status {
        Status::Held => "held",
        Status::Opened => "opened",
        Status::Built => "built",
        Status::Named => "named",
        Status::UnderWay => "under-way",
        Status::Devised => "devised",
        Status::Listed => "listed",
        Status::DeputyPlan => "deputy-plan",
        Status::DeputyProposal => "deputy-proposal",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_state_is_the_empty_query() {
        assert_eq!(ViewState::default().to_query(), "");
        assert_eq!(ViewState::from_query(""), ViewState::default());
        assert_eq!(ViewState::from_query("?"), ViewState::default());
    }

    #[test]
    fn reads_what_it_writes() {
        let state = ViewState {
            season: Some(Season::Winter),
            types: [ItemType::Event, ItemType::Place].into(),
            statuses: [Status::DeputyPlan].into(),
            search: "丁香 & lilac?=%".into(),
        };
        let query = state.to_query();
        assert_eq!(ViewState::from_query(&query), state);
        assert_eq!(ViewState::from_query(&format!("?{query}")), state);
    }

    #[test]
    fn ignores_what_it_does_not_know() {
        let state = ViewState::from_query(
            "season=monsoon&type=event,,bogus&status=%ZZ&lang=en&q=%E4%B8%81&&=x&season",
        );
        assert_eq!(state.season, None);
        assert_eq!(state.types, [ItemType::Event].into());
        assert!(state.statuses.is_empty());
        assert_eq!(state.search, "丁");
    }

    #[test]
    fn a_bad_value_keeps_the_good_one_before_it() {
        for query in [
            "season=winter&season=bogus",
            "season=winter&season=",
            "season=winter&season",
            "season=bogus&season=winter",
            "season=spring&season=winter&season=%ZZ",
        ] {
            assert_eq!(
                ViewState::from_query(query).season,
                Some(Season::Winter),
                "{query}"
            );
        }
    }

    #[test]
    fn replacing_keeps_the_rest_of_the_page_query() {
        let winter = ViewState {
            season: Some(Season::Winter),
            ..ViewState::default()
        };
        assert_eq!(
            winter.replace_in("?lang=en&season=spring&q=x&x=%E4%B8%81"),
            "lang=en&x=%E4%B8%81&season=winter"
        );
        assert_eq!(
            ViewState::default().replace_in("?season=spring&lang=en"),
            "lang=en"
        );
        assert_eq!(ViewState::default().replace_in("?season=spring"), "");
        assert_eq!(winter.replace_in(""), "season=winter");
        // An encoded key is still ours.
        assert_eq!(winter.replace_in("%73eason=spring&&"), "season=winter");
    }

    #[test]
    fn long_search_is_cut() {
        let long = "a".repeat(1000);
        let state = ViewState::from_query(&format!("q={long}"));
        assert_eq!(state.search.chars().count(), MAX_QUERY_CHARS);
    }
}
