//! A reader's remembered choice (text size, colour scheme), mirrored on
//! `<html>` as a `data-` attribute that the stylesheet reads. The first
//! render uses the default, as the prerendered page does, and writes
//! nothing; the remembered value is read after mount.

use yew::prelude::*;

use super::storage;

pub trait Preference: Copy + PartialEq + Default + 'static {
    /// The localStorage key.
    const KEY: &'static str;
    /// The attribute of `<html>` that holds `code()`.
    const ATTR: &'static str;
    const ALL: &'static [Self];
    fn code(self) -> &'static str;

    /// What a stored code reads back as (the hook matches codes itself).
    #[cfg(test)]
    fn parse(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|p| p.code() == code)
    }
}

/// The current choice and a callback that makes and remembers a new one.
/// The work is done once, by index, for every kind of choice
/// (`use_choice`), so the wasm carries it once, not once per kind.
#[hook]
pub fn use_preference<P: Preference>() -> (P, Callback<P>) {
    let index = |p: P| P::ALL.iter().position(|x| *x == p).unwrap_or(0);
    let codes = P::ALL.iter().map(|p| p.code()).collect();
    let (at, set) = use_choice(P::KEY, P::ATTR, codes, index(P::default()));
    (P::ALL[at], Callback::from(move |p| set.emit(index(p))))
}

#[hook]
fn use_choice(
    key: &'static str,
    attr: &'static str,
    codes: Vec<&'static str>,
    default: usize,
) -> (usize, Callback<usize>) {
    let value = use_state_eq(|| default);
    let default_code = codes[default];
    {
        let (value, codes) = (value.clone(), codes.clone());
        use_effect_with((), move |_| {
            if let Some(at) = storage::load(key).and_then(|c| codes.iter().position(|k| *k == c)) {
                // boot.js has applied it before the first paint; this only
                // covers a page where it could not.
                show(attr, codes[at], default_code);
                value.set(at);
            }
        });
    }
    let set = {
        let value = value.clone();
        Callback::from(move |at: usize| {
            storage::save(key, codes[at]);
            show(attr, codes[at], default_code);
            value.set(at);
        })
    };
    (*value, set)
}

/// Mirrors a choice on `<html>`. Only a remembered or picked choice is
/// written, never the first render's default: that would overwrite what
/// boot.js applied, and WebKit may paint the default before the remembered
/// value comes back. No attribute is the default to the stylesheet (and to
/// boot.js, which writes only remembered choices): writing it on a first
/// visit would restyle the whole page while the island hydrates.
fn show(attr: &str, code: &str, default_code: &str) {
    if let Some(root) = gloo::utils::document().document_element() {
        let now = root.get_attribute(attr);
        if now.as_deref() != Some(code) && (now.is_some() || code != default_code) {
            let _ = root.set_attribute(attr, code);
        }
    }
}
