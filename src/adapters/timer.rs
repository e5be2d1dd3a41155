//! Timers: a one-shot [`Timeout`] cancelled when dropped, and a [`Debounce`] that runs once
//! a quiet period after the last of a burst of calls (the pause after typing, coalesced saves).

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub struct Timeout {
    id: Option<i32>,
    _closure: Closure<dyn FnMut()>,
}

impl Timeout {
    pub fn new(ms: i32, f: impl FnOnce() + 'static) -> Timeout {
        let mut f = Some(f);
        let closure = Closure::<dyn FnMut()>::new(move || {
            if let Some(f) = f.take() {
                f();
            }
        });
        let id = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(closure.as_ref().unchecked_ref(), ms)
                .ok()
        });
        Timeout { id, _closure: closure }
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        if let (Some(id), Some(w)) = (self.id, web_sys::window()) {
            w.clear_timeout_with_handle(id);
        }
    }
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Runs `f` once `ms` have passed since the last [`Debounce::poke`]. A keystroke only moves a
/// deadline: the browser timer is set again only when it fires early, not on every call.
pub struct Debounce {
    inner: Rc<Inner>,
}

struct Inner {
    ms: f64,
    deadline: Cell<f64>,
    timer: Cell<Option<Timeout>>,
    f: Box<dyn Fn()>,
}

impl Debounce {
    pub fn new(ms: i32, f: impl Fn() + 'static) -> Debounce {
        Debounce {
            inner: Rc::new(Inner {
                ms: f64::from(ms),
                deadline: Cell::new(0.0),
                timer: Cell::new(None),
                f: Box::new(f),
            }),
        }
    }

    /// Starts or extends the quiet period.
    pub fn poke(&self) {
        self.inner.deadline.set(now_ms() + self.inner.ms);
        let armed = self.inner.timer.take();
        let is_armed = armed.is_some();
        self.inner.timer.set(armed);
        if !is_armed {
            arm(&self.inner, self.inner.ms);
        }
    }

    /// Forgets a pending run.
    pub fn cancel(&self) {
        self.inner.timer.take();
    }
}

fn arm(inner: &Rc<Inner>, ms: f64) {
    let weak = Rc::downgrade(inner);
    let t = Timeout::new(ms.ceil() as i32, move || {
        let Some(inner) = weak.upgrade() else { return };
        // Keep the fired timer alive until we are done (it owns this closure).
        let fired = inner.timer.take();
        let left = inner.deadline.get() - now_ms();
        if left > 1.0 {
            arm(&inner, left);
        } else {
            (inner.f)();
        }
        drop(fired);
    });
    inner.timer.set(Some(t));
}
