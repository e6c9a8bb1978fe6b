//! Numbers, sizes, amounts of money and dates as each language writes them.
//!
//! English groups thousands with a comma and writes a decimal point; German groups with a
//! point and writes a decimal comma; French groups with a narrow no-break space and writes a
//! decimal comma, and counts bytes in octets (`Ko`, `Mo`). Numbers given to a catalogue message
//! are grouped the same way (see the bundle's formatter).

use crate::account::Language;

/// The narrow no-break space French puts between groups of digits and before units.
const NNBSP: char = '\u{202f}';

/// The no-break space German and French put between a number and its unit.
const NBSP: char = '\u{a0}';

/// The space between a number and its unit.
const fn unit_space(lang: Language) -> char {
    match lang {
        Language::En => ' ',
        Language::De | Language::Fr => NBSP,
    }
}

fn group_separator(lang: Language) -> char {
    match lang {
        Language::En => ',',
        Language::De => '.',
        Language::Fr => NNBSP,
    }
}

fn decimal_separator(lang: Language) -> char {
    match lang {
        Language::En => '.',
        Language::De | Language::Fr => ',',
    }
}

/// A whole number with its thousands grouped: `12,345`, `12.345`, `12 345`. German and French
/// leave four-digit numbers ungrouped only in tables; here every number is grouped alike.
#[must_use]
pub fn number(lang: Language, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(group_separator(lang));
        }
        out.push(c);
    }
    out
}

/// A number with `places` decimals (rounded), grouped: `1,234.5`, `1.234,5`, `1 234,5`.
#[must_use]
pub fn decimal(lang: Language, x: f64, places: usize) -> String {
    let fixed = format!("{:.*}", places, x.abs());
    let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let whole: i64 = whole.parse().unwrap_or(0);
    let sign = if x < 0.0 && fixed.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "-"
    } else {
        ""
    };
    let mut out = format!("{sign}{}", number(lang, whole));
    if !fraction.is_empty() {
        out.push(decimal_separator(lang));
        out.push_str(fraction);
    }
    out
}

/// A size in bytes, in decimal units with at most one decimal: `512 B`, `12 KB`, `1.5 MB`;
/// `1,5 MB` in German; `1,5 Mo` in French.
#[must_use]
pub fn bytes(lang: Language, n: u64) -> String {
    let units: [&str; 4] = match lang {
        Language::Fr => ["o", "Ko", "Mo", "Go"],
        Language::En | Language::De => ["B", "KB", "MB", "GB"],
    };
    #[allow(clippy::cast_precision_loss)]
    let mut value = n as f64;
    let mut unit = 0;
    while value >= 1000.0 && unit < units.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    let shown = if unit == 0 {
        number(lang, i64::try_from(n).unwrap_or(i64::MAX))
    } else if value < 10.0 {
        decimal(lang, value, 1)
    } else {
        decimal(lang, value, 0)
    };
    format!("{shown}{}{}", unit_space(lang), units[unit])
}

/// An amount of money from its minor units (cents) and ISO currency code: `€12.00`, `$5.00`,
/// `CHF 5.00` in English; `12,00 €` in German and French.
#[must_use]
pub fn money(lang: Language, minor: i64, currency: &str) -> String {
    let code = currency.to_ascii_uppercase();
    let symbol = match code.as_str() {
        "EUR" => "€",
        "USD" => "$",
        "GBP" => "£",
        _ => code.as_str(),
    };
    // Every currency Obscura sells in has two decimals (Stripe's zero-decimal ones are not
    // offered).
    #[allow(clippy::cast_precision_loss)]
    let amount = decimal(lang, minor as f64 / 100.0, 2);
    match lang {
        Language::En if symbol.chars().count() == 1 => format!("{symbol}{amount}"),
        Language::En => format!("{symbol} {amount}"),
        Language::De | Language::Fr => format!("{amount}{NBSP}{symbol}"),
    }
}

const MONTHS: [[&str; 12]; 3] = [
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    [
        "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
        "Dez.",
    ],
    [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ],
];

/// A day as people write it, with the month abbreviated: `7 Dec 2026`, `7. Dez. 2026`,
/// `7 déc. 2026`. A month out of range shows as its number.
#[must_use]
pub fn date(lang: Language, year: i32, month: u32, day: u32) -> String {
    let index = match lang {
        Language::En => 0,
        Language::De => 1,
        Language::Fr => 2,
    };
    let name = month
        .checked_sub(1)
        .and_then(|m| MONTHS[index].get(m as usize))
        .map_or_else(|| month.to_string(), |m| (*m).to_owned());
    match lang {
        Language::En => format!("{day} {name} {year}"),
        Language::Fr => format!("{day}{NBSP}{name}{NBSP}{year}"),
        Language::De => format!("{day}.{NBSP}{name}{NBSP}{year}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::Language::{De, En, Fr};

    #[test]
    fn numbers_group_thousands_per_language() {
        assert_eq!(number(En, 1_234_567), "1,234,567");
        assert_eq!(number(De, 1_234_567), "1.234.567");
        assert_eq!(number(Fr, 1_234_567), "1\u{202f}234\u{202f}567");
        assert_eq!(number(En, 999), "999");
        assert_eq!(number(En, -12_345), "-12,345");
        assert_eq!(number(En, 0), "0");
        assert_eq!(decimal(En, 1234.56, 1), "1,234.6");
        assert_eq!(decimal(De, 1234.56, 1), "1.234,6");
        assert_eq!(decimal(Fr, 0.5, 2), "0,50");
        assert_eq!(decimal(En, -0.01, 1), "0.0");
        assert_eq!(decimal(En, -2.5, 1), "-2.5");
    }

    #[test]
    fn sizes_use_decimal_units_and_french_octets() {
        assert_eq!(bytes(En, 512), "512 B");
        assert_eq!(bytes(En, 12_345), "12 KB");
        assert_eq!(bytes(En, 1_500_000), "1.5 MB");
        assert_eq!(bytes(De, 1_500_000), "1,5\u{a0}MB");
        assert_eq!(bytes(Fr, 1_500_000), "1,5\u{a0}Mo");
        assert_eq!(bytes(Fr, 2_000), "2,0\u{a0}Ko");
        assert_eq!(bytes(En, 3_200_000_000), "3.2 GB");
    }

    #[test]
    fn money_puts_the_symbol_where_each_language_does() {
        assert_eq!(money(En, 1200, "eur"), "€12.00");
        assert_eq!(money(De, 1200, "EUR"), "12,00\u{a0}€");
        assert_eq!(money(Fr, 123_456, "eur"), "1\u{202f}234,56\u{a0}€");
        assert_eq!(money(En, 500, "chf"), "CHF 5.00");
        assert_eq!(money(En, 5, "usd"), "$0.05");
    }

    #[test]
    fn dates_name_the_month_in_each_language() {
        assert_eq!(date(En, 2026, 12, 7), "7 Dec 2026");
        assert_eq!(date(De, 2026, 3, 1), "1.\u{a0}März\u{a0}2026");
        assert_eq!(date(Fr, 2026, 2, 14), "14\u{a0}févr.\u{a0}2026");
        assert_eq!(date(En, 2026, 13, 1), "1 13 2026");
    }
}
