//! The explorer against the real data: a season shows only what the seed
//! ties to it, plus the separate "season not stated" group.

use report_data::{ItemType, Season, Status};
use xining_report::embedded::report;
use xining_report::explorer::{SearchIndex, ViewState};

fn view(season: Option<Season>) -> ViewState {
    ViewState {
        season,
        ..ViewState::default()
    }
}

fn names(index: &SearchIndex, ids: &[usize]) -> Vec<String> {
    ids.iter()
        .map(|&i| index.items()[i].name.zh.clone())
        .collect()
}

#[test]
fn winter_shows_its_theme_the_autumn_winter_push_and_the_unstated_group() {
    let items = &report().source.explorer;
    let index = SearchIndex::new(items);
    let winter = index.filter(&view(Some(Season::Winter)));
    let seasonal = names(&index, &winter.seasonal);
    assert!(
        seasonal.iter().any(|n| n.contains("冬沐暖阳")),
        "{seasonal:?}"
    );
    assert!(
        seasonal.iter().any(|n| n.contains("秋冬文旅嘉年华")),
        "{seasonal:?}"
    );
    assert!(!seasonal.iter().any(|n| n.contains("春赏丁香")));
    for &i in &winter.seasonal {
        assert!(items[i].seasons.contains(&Season::Winter));
    }
    for &i in &winter.season_not_stated {
        assert!(items[i].seasons.is_empty());
    }
    assert!(!winter.season_not_stated.is_empty());
}

#[test]
fn every_item_shows_once_in_the_all_seasons_view() {
    let items = &report().source.explorer;
    let all = SearchIndex::new(items).filter(&view(None));
    assert_eq!(all.len(), items.len());
}

#[test]
fn dimensions_combine_with_and_values_with_or() {
    let items = &report().source.explorer;
    let index = SearchIndex::new(items);
    let state = ViewState {
        types: [ItemType::Event, ItemType::Service].into(),
        statuses: [Status::DeputyPlan, Status::DeputyProposal].into(),
        ..ViewState::default()
    };
    let found = index.filter(&state);
    assert!(!found.is_empty());
    for i in found.seasonal.iter().chain(&found.season_not_stated) {
        let item = &items[*i];
        assert!(state.types.contains(&item.item_type));
        assert!(state.statuses.contains(&item.status));
    }
    let expected = items
        .iter()
        .filter(|i| state.types.contains(&i.item_type) && state.statuses.contains(&i.status))
        .count();
    assert_eq!(found.len(), expected);
}

#[test]
fn english_search_finds_the_chinese_item_ignoring_case_and_punctuation() {
    let items = &report().source.explorer;
    let index = SearchIndex::new(items);
    let lilac = items
        .iter()
        .position(|i| i.name.zh == "春赏丁香")
        .expect("the spring theme");
    let english = items[lilac].name.en.to_uppercase().replace(' ', " - ");
    let state = ViewState {
        search: english,
        ..ViewState::default()
    };
    assert!(index.filter(&state).seasonal.contains(&lilac));
    let spaced = ViewState {
        search: "春赏 丁香".into(),
        ..ViewState::default()
    };
    assert_eq!(index.filter(&spaced).seasonal, vec![lilac]);
}

#[test]
fn full_width_letters_from_a_chinese_input_method_find_the_item() {
    let items = &report().source.explorer;
    let index = SearchIndex::new(items);
    let state = ViewState {
        search: "ＬＩＬＡＣ".into(),
        ..ViewState::default()
    };
    let found = index.filter(&state);
    assert_eq!(names(&index, &found.seasonal), ["春赏丁香"]);
}

/// `normalize` folds case for ASCII only; the names must not need more.
#[test]
fn names_need_no_case_folding_beyond_ascii() {
    for item in &report().source.explorer {
        for c in item.name.zh.chars().chain(item.name.en.chars()) {
            assert!(
                c.is_ascii() || !(c.is_uppercase() || c.is_lowercase()),
                "{:?} in {}: a cased letter beyond ASCII",
                c,
                item.id
            );
        }
    }
}
