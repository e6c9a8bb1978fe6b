//! Numbers, sizes, amounts of money and dates as each language writes them.
//!
//! English groups thousands with a comma and writes a decimal point; German groups with a
//! point and writes a decimal comma; French groups with a narrow no-break space and writes a
//! decimal comma, and counts bytes in octets (`Ko`, `Mo`). Each language's conventions are
//! messages of its catalogue (`format-*`). Numbers given to a catalogue message are grouped the
//! same way (see the bundle's formatter).

use crate::account::Language;

/// One of a language's formatting conventions, from its catalogue (the `format-*` messages),
/// so that a new language brings its own in its file. Without the catalogue (the browser),
/// English's.
fn convention(lang: Language, id: &str, english: &str) -> String {
    #[cfg(feature = "catalogue")]
    {
        let _ = english;
        super::text(lang, id, &[])
    }
    #[cfg(not(feature = "catalogue"))]
    {
        let _ = (lang, id);
        english.to_owned()
    }
}

/// A whole number with its thousands grouped: `12,345`, `12.345`, `12 345`.
#[must_use]
pub fn number(lang: Language, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    if digits.len() <= 3 {
        return n.to_string();
    }
    let separator = convention(lang, "format-group", ",");
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len() + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(&separator);
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
        out.push_str(&convention(lang, "format-decimal", "."));
        out.push_str(fraction);
    }
    out
}

/// A size in bytes, in decimal units with at most one decimal: `512 B`, `12 KB`, `1.5 MB`;
/// `1,5 MB` in German; `1,5 Mo` in French.
#[must_use]
pub fn bytes(lang: Language, n: u64) -> String {
    let units = convention(lang, "format-byte-units", "B KB MB GB");
    let units: Vec<&str> = units.split_whitespace().collect();
    #[allow(clippy::cast_precision_loss)]
    let mut value = n as f64;
    let mut unit = 0;
    while value >= 1000.0 && unit + 1 < units.len() {
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
    let space = convention(lang, "format-unit-space", " ");
    format!("{shown}{space}{}", units.get(unit).copied().unwrap_or("B"))
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
    let kind = if symbol.chars().count() == 1 {
        "sign"
    } else {
        "code"
    };
    #[cfg(feature = "catalogue")]
    {
        super::text(
            lang,
            "format-money",
            &[
                ("symbol", symbol.into()),
                ("amount", amount.into()),
                ("kind", kind.into()),
            ],
        )
    }
    #[cfg(not(feature = "catalogue"))]
    {
        if kind == "sign" {
            format!("{symbol}{amount}")
        } else {
            format!("{symbol} {amount}")
        }
    }
}

/// A day as people write it, with the month abbreviated: `7 Dec 2026`, `7. Dez. 2026`,
/// `7 déc. 2026`. A month out of range shows as its number.
#[must_use]
pub fn date(lang: Language, year: i32, month: u32, day: u32) -> String {
    let months = convention(
        lang,
        "format-months",
        "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    );
    let name = month
        .checked_sub(1)
        .and_then(|m| months.split_whitespace().nth(m as usize))
        .map_or_else(|| month.to_string(), str::to_owned);
    #[cfg(feature = "catalogue")]
    {
        // Text, not numbers: a year is not grouped like an amount.
        super::text(
            lang,
            "format-date",
            &[
                ("day", day.to_string().into()),
                ("month", name.into()),
                ("year", year.to_string().into()),
            ],
        )
    }
    #[cfg(not(feature = "catalogue"))]
    {
        format!("{day} {name} {year}")
    }
}

#[cfg(all(test, feature = "catalogue"))]
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
