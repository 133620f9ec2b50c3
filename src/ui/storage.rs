//! Remembered preferences. Web storage can be missing or throw (private
//! modes, sandboxed in-app browsers); gloo-storage's `LocalStorage` panics
//! then, so this reads web_sys's `Storage` and treats every failure as
//! "nothing remembered". Values are plain strings: no JSON parser needed.

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

pub fn save(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}
