//! The URL state survives any input: every state reads back as itself, and
//! any query string at all yields a valid state without a panic.

use proptest::prelude::*;
use report_data::{ItemType, Season, Status};
use xining_report::explorer::{MAX_QUERY_CHARS, ViewState};

fn state() -> impl Strategy<Value = ViewState> {
    (
        proptest::option::of(proptest::sample::select(Season::ALL.to_vec())),
        proptest::sample::subsequence(ItemType::ALL.to_vec(), 0..=ItemType::ALL.len()),
        proptest::sample::subsequence(Status::ALL.to_vec(), 0..=Status::ALL.len()),
        proptest::collection::vec(any::<char>(), 0..=MAX_QUERY_CHARS),
    )
        .prop_map(|(season, types, statuses, search)| ViewState {
            season,
            types: types.into_iter().collect(),
            statuses: statuses.into_iter().collect(),
            search: search.into_iter().collect(),
        })
}

/// Query strings shaped like real ones (known keys, separators, percent
/// escapes) mixed with arbitrary text.
fn query() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("season".to_string()),
        Just("type".to_string()),
        Just("status".to_string()),
        Just("q".to_string()),
        Just("lang".to_string()),
        "[a-z%+=&]{0,6}",
    ];
    let value = prop_oneof![
        Just("winter".to_string()),
        Just("event,place".to_string()),
        Just("held".to_string()),
        "(%[0-9A-Fa-f]{0,2}|[a-z,+=&?#]|\\PC){0,12}",
    ];
    let pair = (key, value).prop_map(|(k, v)| format!("{k}={v}"));
    prop_oneof![
        proptest::collection::vec(pair, 0..6).prop_map(|pairs| pairs.join("&")),
        any::<String>(),
    ]
}

fn is_valid(state: &ViewState) -> bool {
    state.search.chars().count() <= MAX_QUERY_CHARS
        && ViewState::from_query(&state.to_query()) == *state
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn every_state_reads_back_as_itself(state in state()) {
        prop_assert_eq!(ViewState::from_query(&state.to_query()), state);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100_000))]

    #[test]
    fn any_query_string_yields_a_valid_state(query in query()) {
        let state = ViewState::from_query(&query);
        prop_assert!(is_valid(&state), "{query:?} gave {state:?}");
    }
}

/// One pair of a page's query string, and whether the explorer owns it.
#[derive(Debug, Clone)]
enum Pair {
    Ours(String),
    Foreign(String),
    Empty,
}

/// Pairs whose ownership is known by construction: the keys are spelled
/// out here (an encoded `%73eason` is still `season`; `seasons`, `Q` and
/// `%E4%B8%81` are not ours), never decided by the code under test.
fn pair() -> impl Strategy<Value = Pair> {
    let value =
        "(%[0-9A-F]{2}|[a-z0-9,+=?#]|\\PC){0,8}".prop_filter("no separator", |v| !v.contains('&'));
    let ours = proptest::sample::select(vec!["season", "type", "status", "q", "%73eason", "%71"]);
    let foreign =
        proptest::sample::select(vec!["lang", "ref", "seasons", "Q", "x", "%E4%B8%81", "typ"]);
    prop_oneof![
        (ours, value.clone()).prop_map(|(k, v)| Pair::Ours(format!("{k}={v}"))),
        (foreign.clone(), value).prop_map(|(k, v)| Pair::Foreign(format!("{k}={v}"))),
        foreign.prop_map(|k| Pair::Foreign(k.to_string())),
        Just(Pair::Empty),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn the_page_query_holds_the_view_and_keeps_the_rest(
        state in state(),
        pairs in proptest::collection::vec(pair(), 0..8),
        mark in any::<bool>(),
    ) {
        let text = |p: &Pair| match p {
            Pair::Ours(s) | Pair::Foreign(s) => s.clone(),
            Pair::Empty => String::new(),
        };
        let page = format!(
            "{}{}",
            if mark { "?" } else { "" },
            pairs.iter().map(text).collect::<Vec<_>>().join("&")
        );
        // The foreign pairs as they were, in their order, then the view.
        let own = state.to_query();
        let expected = pairs
            .iter()
            .filter_map(|p| match p {
                Pair::Foreign(s) => Some(s.as_str()),
                _ => None,
            })
            .chain((!own.is_empty()).then_some(own.as_str()))
            .collect::<Vec<_>>()
            .join("&");
        let merged = state.replace_in(&page);
        prop_assert_eq!(&merged, &expected, "page {:?}", page);
        prop_assert_eq!(ViewState::from_query(&merged), state);
    }
}
