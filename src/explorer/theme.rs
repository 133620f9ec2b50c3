//! Each season's theme line, taken from the data: the theme item the seed
//! ties to that season alone.

use report_data::{ExplorerItem, ItemType, Season};

pub fn season_theme(items: &[ExplorerItem], season: Season) -> Option<&ExplorerItem> {
    items
        .iter()
        .find(|item| item.item_type == ItemType::Theme && item.seasons == [season])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::report;

    #[test]
    fn every_season_has_its_own_theme_from_the_data() {
        let items = &report().source.explorer;
        let names: Vec<_> = Season::ALL
            .iter()
            .map(|&s| season_theme(items, s).map(|item| item.name.zh.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                Some("春赏丁香"),
                Some("夏享清凉"),
                Some("秋览美景"),
                Some("冬沐暖阳")
            ]
        );
    }

    #[test]
    fn an_item_tied_to_several_seasons_is_no_season_theme() {
        let mut items = report().source.explorer.clone();
        items.retain(|item| item.item_type == ItemType::Theme);
        for item in &mut items {
            item.seasons = vec![Season::Autumn, Season::Winter];
        }
        assert!(season_theme(&items, Season::Winter).is_none());
    }
}
