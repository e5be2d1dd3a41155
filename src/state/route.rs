//! Pages and their addresses (after "#"), so back/forward and reload land on the same page.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Start,
    Profile,
    Overview {
        draft: String,
    },
    Section {
        draft: String,
        section: String,
    },
    Review {
        draft: String,
    },
    /// "Các phiên bản trước" of a draft.
    Versions {
        draft: String,
    },
    /// "Tạo từ báo cáo trước": a new report made from an earlier one.
    CarryForward,
}

impl Route {
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            ["ho-so"] => Route::Profile,
            ["tao-tu-bao-cao-truoc"] => Route::CarryForward,
            ["bao-cao", d, "phien-ban"] => Route::Versions { draft: d.to_string() },
            ["bao-cao", d] => Route::Overview { draft: d.to_string() },
            ["bao-cao", d, "xem-lai"] => Route::Review { draft: d.to_string() },
            ["bao-cao", d, "muc", s] => Route::Section {
                draft: d.to_string(),
                section: s.to_string(),
            },
            _ => Route::Start,
        }
    }

    pub fn to_hash(&self) -> String {
        match self {
            Route::Start => "#/".into(),
            Route::Profile => "#/ho-so".into(),
            Route::Overview { draft } => format!("#/bao-cao/{draft}"),
            Route::Section { draft, section } => format!("#/bao-cao/{draft}/muc/{section}"),
            Route::Review { draft } => format!("#/bao-cao/{draft}/xem-lai"),
            Route::Versions { draft } => format!("#/bao-cao/{draft}/phien-ban"),
            Route::CarryForward => "#/tao-tu-bao-cao-truoc".into(),
        }
    }

    pub fn draft(&self) -> Option<&str> {
        match self {
            Route::Overview { draft }
            | Route::Section { draft, .. }
            | Route::Review { draft }
            | Route::Versions { draft } => Some(draft),
            _ => None,
        }
    }

    pub fn section(&self) -> Option<&str> {
        match self {
            Route::Section { section, .. } => Some(section),
            _ => None,
        }
    }
}
