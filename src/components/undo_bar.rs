//! The "Hoàn tác" notice for the last change made outside a text box (a removed row is offered
//! back by its own table instead, while that table is on the page).

use yew::prelude::*;

use crate::state::{Action, Undoable};

#[derive(Properties, PartialEq)]
pub struct UndoBarProps {
    pub send: Callback<Action>,
    pub what: Undoable,
}

#[function_component(UndoBar)]
pub fn undo_bar(props: &UndoBarProps) -> Html {
    html! {
        <p class="banner info" role="status">{ props.what.done_message() }{ " " }
            <button type="button" class="link" id="hoan-tac" onclick={props.send.reform(|_| Action::Undo)}>{ "Hoàn tác" }</button>
        </p>
    }
}
