//! The credit ledger: sign-up grant, idempotency, and no double-booking under concurrency.

use std::sync::Arc;

use obscura_server::credits::{self, Applied, CreditError, Entry, Operation};
use rand::{Rng, SeedableRng};
use uuid::Uuid;

use crate::helpers::browser::{PASSWORD, new_account, sign_in};
use crate::helpers::{Db, TestApp, spawn_app_with};
use crate::on_both_databases;

async fn op(
    app: &TestApp,
    user_id: Uuid,
    entry: Entry,
    amount: i64,
    key: &str,
) -> Result<Applied, CreditError> {
    credits::apply(
        &app.state.db,
        Uuid::now_v7(),
        app.clock_now(),
        Operation {
            user_id,
            entry,
            amount,
            key,
            reference: None,
        },
    )
    .await
}

on_both_databases!(sign_up_grants_the_configured_credits, |db: Db| async move {
    let app = spawn_app_with(db, &[("SIGNUP_CREDITS", "25")]).await;
    crate::helpers::browser::confirmed(&app, "ada@example.com").await;
    let (mut b, _) = sign_in(&app, "ada@example.com", PASSWORD).await;
    let page = b
        .get(obscura_shared::routes::SETTINGS_PROFILE)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("25 credits"),
        "the account menu shows the balance"
    );
    let user = obscura_server::accounts::find_by_email(&app.state, "ada@example.com")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(credits::balance(&app.db, user.id).await.unwrap(), 25);
    assert_eq!(credits::ledger_sum(&app.db, user.id).await.unwrap(), 25);
    // The grant is recorded once per account, whatever happens.
    assert_eq!(
        op(
            &app,
            user.id,
            Entry::Grant,
            25,
            &format!("signup:{}", user.id)
        )
        .await
        .unwrap(),
        Applied::AlreadyRecorded
    );
    assert_eq!(credits::balance(&app.db, user.id).await.unwrap(), 25);
    app.stop().await.unwrap();
});

on_both_databases!(
    operations_are_idempotent_and_never_overdraw,
    |db: Db| async move {
        let app = spawn_app_with(db, &[("SIGNUP_CREDITS", "0")]).await;
        let u = new_account(&app, "ledger@example.com").await;
        assert_eq!(credits::balance(&app.db, u).await.unwrap(), 0);
        assert!(matches!(
            op(&app, u, Entry::Reserve, 1, "reserve:a").await,
            Err(CreditError::Insufficient {
                balance: 0,
                needed: 1
            })
        ));
        assert_eq!(
            op(&app, u, Entry::Grant, 5, "grant:1").await.unwrap(),
            Applied::Done(5)
        );
        assert_eq!(
            op(&app, u, Entry::Grant, 5, "grant:1").await.unwrap(),
            Applied::AlreadyRecorded
        );
        assert_eq!(
            op(&app, u, Entry::Reserve, 3, "reserve:b").await.unwrap(),
            Applied::Done(2)
        );
        assert_eq!(
            op(&app, u, Entry::Capture, 3, "capture:b").await.unwrap(),
            Applied::Done(2)
        );
        assert_eq!(
            op(&app, u, Entry::Refund, 3, "refund:b").await.unwrap(),
            Applied::Done(5)
        );
        assert_eq!(
            op(&app, u, Entry::Reserve, 2, "reserve:c").await.unwrap(),
            Applied::Done(3)
        );
        assert_eq!(
            op(&app, u, Entry::Release, 2, "release:c").await.unwrap(),
            Applied::Done(5)
        );
        assert_eq!(
            op(&app, u, Entry::Release, 2, "release:c").await.unwrap(),
            Applied::AlreadyRecorded
        );
        assert!(matches!(
            op(&app, u, Entry::AdjustDown, 6, "adjust:1").await,
            Err(CreditError::Insufficient {
                balance: 5,
                needed: 6
            })
        ));
        assert!(matches!(
            op(&app, u, Entry::Grant, 0, "grant:0").await,
            Err(CreditError::InvalidAmount)
        ));
        assert!(matches!(
            op(&app, u, Entry::Grant, -3, "grant:-3").await,
            Err(CreditError::InvalidAmount)
        ));
        // A refused debit leaves no ledger row: its key can be used once money arrives.
        assert_eq!(
            op(&app, u, Entry::Grant, 1, "grant:2").await.unwrap(),
            Applied::Done(6)
        );
        assert_eq!(
            op(&app, u, Entry::AdjustDown, 6, "adjust:1").await.unwrap(),
            Applied::Done(0)
        );
        assert_eq!(credits::ledger_sum(&app.db, u).await.unwrap(), 0);
        app.stop().await.unwrap();
    }
);

on_both_databases!(
    fifty_concurrent_reservations_against_ten_credits,
    |db: Db| async move {
        // security.md A6 / ASVS 2.3.3–2.3.4: exactly 10 of 50 succeed, 100 times over.
        let app = spawn_app_with(db, &[("SIGNUP_CREDITS", "10")]).await;
        let app = Arc::new(app);
        for round in 0..100 {
            let u = new_account(&app, &format!("race{round}@example.com")).await;
            let barrier = Arc::new(tokio::sync::Barrier::new(50));
            let mut tasks = Vec::new();
            for i in 0..50 {
                let (app, barrier) = (app.clone(), barrier.clone());
                tasks.push(tokio::spawn(async move {
                    barrier.wait().await;
                    op(&app, u, Entry::Reserve, 1, &format!("reserve:{round}:{i}")).await
                }));
            }
            let (mut ok, mut refused) = (0, 0);
            for t in tasks {
                match t.await.unwrap() {
                    Ok(Applied::Done(_)) => ok += 1,
                    Err(CreditError::Insufficient { .. }) => refused += 1,
                    other => panic!("round {round}: {other:?}"),
                }
            }
            assert_eq!((ok, refused), (10, 40), "round {round}");
            assert_eq!(credits::balance(&app.db, u).await.unwrap(), 0);
            assert_eq!(credits::ledger_sum(&app.db, u).await.unwrap(), 0);
        }
        Arc::into_inner(app).unwrap().stop().await.unwrap();
    }
);

on_both_databases!(
    random_interleavings_keep_the_invariants,
    |db: Db| async move {
        // Four workers apply random grants, reservations, captures and releases to one account;
        // after every step the balance is non-negative and equals the ledger sum.
        let app = Arc::new(spawn_app_with(db, &[("SIGNUP_CREDITS", "3")]).await);
        for seed in 0..8u64 {
            let u = new_account(&app, &format!("random{seed}@example.com")).await;
            let mut tasks = Vec::new();
            for worker in 0..4u64 {
                let app = app.clone();
                tasks.push(tokio::spawn(async move {
                    let mut rng = rand::rngs::StdRng::seed_from_u64(seed * 100 + worker);
                    let mut held: Vec<(String, i64)> = Vec::new();
                    for step in 0..25 {
                        let amount = rng.random_range(1..=4);
                        let key = format!("{seed}:{worker}:{step}");
                        match rng.random_range(0..4) {
                            0 => {
                                op(&app, u, Entry::Grant, amount, &format!("grant:{key}"))
                                    .await
                                    .unwrap();
                            }
                            1 => {
                                match op(&app, u, Entry::Reserve, amount, &format!("reserve:{key}"))
                                    .await
                                {
                                    Ok(Applied::Done(b)) => {
                                        assert!(b >= 0);
                                        held.push((key, amount));
                                    }
                                    // The balance reported is a snapshot: others may
                                    // have changed it since the refusal.
                                    Err(CreditError::Insufficient { balance, .. }) => {
                                        assert!(balance >= 0)
                                    }
                                    other => panic!("{other:?}"),
                                }
                            }
                            2 if !held.is_empty() => {
                                let (k, a) = held.swap_remove(rng.random_range(0..held.len()));
                                op(&app, u, Entry::Capture, a, &format!("capture:{k}"))
                                    .await
                                    .unwrap();
                            }
                            _ if !held.is_empty() => {
                                let (k, a) = held.swap_remove(rng.random_range(0..held.len()));
                                op(&app, u, Entry::Release, a, &format!("release:{k}"))
                                    .await
                                    .unwrap();
                                // Releasing twice changes nothing.
                                assert_eq!(
                                    op(&app, u, Entry::Release, a, &format!("release:{k}"))
                                        .await
                                        .unwrap(),
                                    Applied::AlreadyRecorded
                                );
                            }
                            _ => {}
                        }
                        let balance = credits::balance(&app.db, u).await.unwrap();
                        assert!(balance >= 0);
                    }
                }));
            }
            for t in tasks {
                t.await.unwrap();
            }
            assert_eq!(
                credits::balance(&app.db, u).await.unwrap(),
                credits::ledger_sum(&app.db, u).await.unwrap(),
                "seed {seed}"
            );
        }
        Arc::into_inner(app).unwrap().stop().await.unwrap();
    }
);
