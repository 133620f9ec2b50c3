//! A reader's remembered choice (text size, colour scheme), mirrored on
//! `<html>` as a `data-` attribute that the stylesheet reads. The first
//! render uses the default, as the prerendered page does; the remembered
//! value is read after mount.

use yew::prelude::*;

use super::storage;

pub trait Preference: Copy + PartialEq + Default + 'static {
    /// The localStorage key.
    const KEY: &'static str;
    /// The attribute of `<html>` that holds `code()`.
    const ATTR: &'static str;
    const ALL: &'static [Self];
    fn code(self) -> &'static str;

    fn parse(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|p| p.code() == code)
    }
}

/// The current choice and a callback that makes and remembers a new one.
#[hook]
pub fn use_preference<P: Preference>() -> (P, Callback<P>) {
    let value = use_state_eq(P::default);
    {
        let value = value.clone();
        use_effect_with((), move |_| {
            if let Some(p) = storage::load(P::KEY).and_then(|c| P::parse(&c)) {
                value.set(p);
            }
        });
    }
    use_effect_with(*value, |p| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute(P::ATTR, p.code());
        }
    });
    let set = {
        let value = value.clone();
        Callback::from(move |p: P| {
            storage::save(P::KEY, p.code());
            value.set(p);
        })
    };
    (*value, set)
}
