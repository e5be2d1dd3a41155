//! A stable insertion sort for the short lists the app sorts (versions of a draft, drafts, search
//! results, citations found in a text: tens of items). std's stable sort is ~3 KB of wasm for every
//! element type it is used with; this is a few hundred bytes, and for these lengths just as fast.

/// Sorts `v` so that no element is `less` than the one before it, keeping equal elements in their
/// order (stable). Quadratic: only for short lists.
pub fn sort_small_by<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}
