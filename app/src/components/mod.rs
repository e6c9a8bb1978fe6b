//! Building blocks shared by pages: layout, header, footer, islands.

pub mod alternates;
pub mod analytics_report;
pub mod connection;
pub mod consent;
pub mod create_form;
pub mod error_panel;
pub mod footer;
pub mod form;
pub mod header;
pub mod icons;
pub mod job_card;
pub mod layout;
pub mod service_status;
pub mod theme_toggle;
