//! The pallet's tests: each ends with every invariant checked (`mock::run`).

use crate::{mock::*, *};
use atelier_primitives::{
	models::{ModelIncome, Payee, Recipient},
	provenance::{ClaimState, RoyaltyPots},
};
use frame_support::{assert_noop, assert_ok};

const SUPPLY: Shares = 1_000_000;

fn issue() {
	assert_ok!(ModelShares::issue(RuntimeOrigin::signed(ALICE), MODEL, SUPPLY));
}

fn send(from: AccountId, to: AccountId, amount: Shares) {
	assert_ok!(ModelShares::transfer(RuntimeOrigin::signed(from), MODEL, to, amount));
}

fn claimable(who: AccountId) -> Vec<(PaymentAsset, Balance)> {
	ModelShares::shares_of(&who).into_iter().flat_map(|h| h.claimable).collect()
}

fn native(who: AccountId) -> Balance {
	Balances::free_balance(who)
}

#[test]
fn only_the_income_owner_issues_once_within_range() {
	run(|| {
		assert_noop!(
			ModelShares::issue(RuntimeOrigin::signed(ALICE), ModelId(99), SUPPLY),
			Error::<Test>::UnknownModel
		);
		assert_noop!(
			ModelShares::issue(RuntimeOrigin::signed(BOB), MODEL, SUPPLY),
			Error::<Test>::NotIncomeOwner
		);
		assert_noop!(
			ModelShares::issue(RuntimeOrigin::signed(ALICE), MODEL, 0),
			Error::<Test>::SupplyOutOfRange
		);
		assert_noop!(
			ModelShares::issue(RuntimeOrigin::signed(ALICE), MODEL, 1_000_000_000_001),
			Error::<Test>::SupplyOutOfRange
		);
		issue();
		assert_noop!(
			ModelShares::issue(RuntimeOrigin::signed(ALICE), MODEL, SUPPLY),
			Error::<Test>::AlreadyIssued
		);
		assert_eq!(Holdings::<Test>::get(ALICE, MODEL).unwrap().shares, SUPPLY);
		System::assert_last_event(
			Event::Issued { model: MODEL, issuer: ALICE, supply: SUPPLY }.into(),
		);
	});
}

#[test]
fn the_owner_part_goes_to_the_owner_until_shares_are_issued_then_to_the_pool() {
	run(|| {
		let owner = Payee::Owner(MODEL);
		assert_eq!(ModelShares::recipient(&owner), Some(Recipient::Account(ALICE)));
		assert_eq!(ModelShares::recipient(&Payee::Account(BOB)), Some(Recipient::Account(BOB)));
		assert_eq!(ModelShares::recipient(&Payee::Owner(ModelId(99))), None);
		issue();
		assert_eq!(ModelShares::recipient(&owner), Some(Recipient::Shareholders(MODEL)));
		// A model without shares cannot be credited: its payer pays the owner.
		assert!(ModelShares::credit(&ModelId(99), None, 10).is_err());
	});
}

#[test]
fn income_is_divided_pro_rata_and_claimed_by_each_holder() {
	run(|| {
		issue();
		send(ALICE, BOB, 300_000);
		send(ALICE, CHARLIE, 200_000);
		pay(MODEL, PaymentAsset::Native, 1_000_000);
		pay(MODEL, PaymentAsset::Asset(USD), 10_000);
		assert_eq!(
			claimable(ALICE),
			vec![(PaymentAsset::Native, 500_000), (PaymentAsset::Asset(USD), 5_000)]
		);
		assert_eq!(
			claimable(BOB),
			vec![(PaymentAsset::Native, 300_000), (PaymentAsset::Asset(USD), 3_000)]
		);
		let before = (native(BOB), Assets::balance(USD, BOB));
		// Anyone may make the claim; the income goes to the holder.
		assert_ok!(ModelShares::claim(RuntimeOrigin::signed(DAVE), MODEL, BOB));
		assert_eq!(native(BOB) - before.0, 300_000);
		assert_eq!(Assets::balance(USD, BOB) - before.1, 3_000);
		assert_noop!(
			ModelShares::claim(RuntimeOrigin::signed(BOB), MODEL, BOB),
			Error::<Test>::NothingToClaim
		);
		assert_ok!(ModelShares::claim(RuntimeOrigin::signed(CHARLIE), MODEL, CHARLIE));
		assert_eq!(
			claimable(CHARLIE),
			vec![(PaymentAsset::Native, 0), (PaymentAsset::Asset(USD), 0)]
		);
	});
}

/// Buying just before a large payment and selling just after earns only that payment's share,
/// and a buyer after a payment earns nothing of it.
#[test]
fn a_holder_earns_only_what_is_paid_while_it_holds() {
	run(|| {
		issue();
		pay(MODEL, PaymentAsset::Native, 1_000_000);
		send(ALICE, BOB, 500_000);
		assert_eq!(claimable(BOB), vec![(PaymentAsset::Native, 0)]);
		pay(MODEL, PaymentAsset::Native, 2_000_000);
		send(BOB, CHARLIE, 500_000);
		pay(MODEL, PaymentAsset::Native, 4_000_000);
		// Alice: all of the first, half of the second and third. Bob: half of the second only.
		assert_eq!(claimable(ALICE), vec![(PaymentAsset::Native, 4_000_000)]);
		assert_eq!(claimable(BOB), vec![(PaymentAsset::Native, 1_000_000)]);
		assert_eq!(claimable(CHARLIE), vec![(PaymentAsset::Native, 2_000_000)]);
	});
}

#[test]
fn holdings_are_zero_or_at_least_the_minimum_so_dust_cannot_fill_a_class() {
	run(|| {
		issue();
		let min = ModelShares::min_holding(SUPPLY);
		assert_eq!(min, SUPPLY.div_ceil(u64::from(MAX_HOLDERS)));
		assert_noop!(
			ModelShares::transfer(RuntimeOrigin::signed(ALICE), MODEL, BOB, min - 1),
			Error::<Test>::BelowMinHolding
		);
		send(ALICE, BOB, min);
		assert_noop!(
			ModelShares::transfer(RuntimeOrigin::signed(BOB), MODEL, CHARLIE, 1),
			Error::<Test>::BelowMinHolding
		);
		assert_noop!(
			ModelShares::transfer(RuntimeOrigin::signed(BOB), MODEL, BOB, min),
			Error::<Test>::SelfTransfer
		);
		assert_noop!(
			ModelShares::transfer(RuntimeOrigin::signed(BOB), MODEL, CHARLIE, min + 1),
			Error::<Test>::InsufficientShares
		);
		assert_noop!(
			ModelShares::transfer(RuntimeOrigin::signed(BOB), MODEL, CHARLIE, 0),
			Error::<Test>::ZeroAmount
		);
		send(BOB, CHARLIE, min);
		assert!(Holdings::<Test>::get(BOB, MODEL).is_none());
		assert_eq!(Classes::<Test>::get(MODEL).unwrap().holders, 2);
	});
}

/// A holder cannot front-run a violation: while a challenge is open its claim waits, and an
/// upheld violation burns the pools, what every holder was owed included.
#[test]
fn claims_wait_while_frozen_and_a_burn_voids_what_holders_were_owed() {
	run(|| {
		issue();
		send(ALICE, BOB, 400_000);
		pay(MODEL, PaymentAsset::Native, 1_000_000);
		pay(MODEL, PaymentAsset::Asset(USD), 1_000);
		ClaimStates::set(vec![(MODEL, ClaimState::Frozen)]);
		assert_noop!(
			ModelShares::claim(RuntimeOrigin::signed(BOB), MODEL, BOB),
			Error::<Test>::ClaimFrozen
		);
		// Selling does not take the income out either: it stays owed, and frozen.
		send(BOB, CHARLIE, 400_000);
		assert_noop!(
			ModelShares::claim(RuntimeOrigin::signed(BOB), MODEL, BOB),
			Error::<Test>::ClaimFrozen
		);
		let issuance = pallet_balances::TotalIssuance::<Test>::get();
		assert_eq!(<ModelShares as RoyaltyPots>::burn_accrued(&MODEL), Ok(1_000_000));
		assert_eq!(pallet_balances::TotalIssuance::<Test>::get(), issuance - 1_000_000);
		ClaimStates::take();
		// Bob, a former holder, is owed nothing now: his claim pays nothing and clears his entry.
		let bob = native(BOB);
		assert_ok!(ModelShares::claim(RuntimeOrigin::signed(BOB), MODEL, BOB));
		assert_eq!(native(BOB), bob);
		assert!(Holdings::<Test>::get(BOB, MODEL).is_none());
		assert_noop!(
			ModelShares::claim(RuntimeOrigin::signed(CHARLIE), MODEL, CHARLIE),
			Error::<Test>::NothingToClaim
		);
		// Income after the burn is owed again, to today's holders.
		pay(MODEL, PaymentAsset::Native, 1_000_000);
		assert_eq!(
			claimable(CHARLIE),
			vec![(PaymentAsset::Native, 400_000), (PaymentAsset::Asset(USD), 0)]
		);
		assert_eq!(claimable(BOB), vec![]);
	});
}

#[test]
fn a_claim_in_a_burned_lineage_burns_the_pools() {
	run(|| {
		issue();
		pay(MODEL, PaymentAsset::Native, 1_000);
		ClaimStates::set(vec![(MODEL, ClaimState::Burn)]);
		let before = native(ALICE);
		assert_ok!(ModelShares::claim(RuntimeOrigin::signed(ALICE), MODEL, ALICE));
		assert_eq!(native(ALICE), before);
		System::assert_has_event(
			Event::PoolBurned { model: MODEL, asset: PaymentAsset::Native, amount: 1_000 }.into(),
		);
	});
}

#[test]
fn the_holder_of_every_share_redeems_them_and_owns_the_income() {
	run(|| {
		issue();
		send(ALICE, BOB, 600_000);
		pay(MODEL, PaymentAsset::Native, 1_000_001);
		assert_noop!(
			ModelShares::redeem(RuntimeOrigin::signed(BOB), MODEL),
			Error::<Test>::NotAllShares
		);
		send(ALICE, BOB, 400_000);
		// Alice is owed 400 000 and blocks the redemption until it is claimed, by anyone.
		assert_noop!(
			ModelShares::redeem(RuntimeOrigin::signed(BOB), MODEL),
			Error::<Test>::UnclaimedHolders
		);
		assert_ok!(ModelShares::claim(RuntimeOrigin::signed(BOB), MODEL, ALICE));
		let before = native(BOB);
		assert_ok!(ModelShares::redeem(RuntimeOrigin::signed(BOB), MODEL));
		// Bob's 600 000 and the dust (the unit the division left).
		assert_eq!(native(BOB) - before, 600_001);
		assert!(Classes::<Test>::get(MODEL).is_none());
		assert_eq!(TotalPots::<Test>::get(PaymentAsset::Native), 0);
		assert_eq!(ModelShares::recipient(&Payee::Owner(MODEL)), Some(Recipient::Account(BOB)));
		assert_eq!(IncomeOwners::<Test>::get(MODEL), Some(BOB));
		// The income owner may issue again; the provenance owner may not.
		assert_noop!(
			ModelShares::issue(RuntimeOrigin::signed(ALICE), MODEL, SUPPLY),
			Error::<Test>::NotIncomeOwner
		);
		assert_ok!(ModelShares::issue(RuntimeOrigin::signed(BOB), MODEL, SUPPLY));
		assert_eq!(
			ModelShares::recipient(&Payee::Owner(MODEL)),
			Some(Recipient::Shareholders(MODEL))
		);
		assert_eq!(Holdings::<Test>::get(BOB, MODEL).unwrap().shares, SUPPLY);
	});
}

#[test]
fn offers_sell_shares_at_their_price_in_their_asset() {
	run(|| {
		issue();
		pay(MODEL, PaymentAsset::Native, 1_000_000);
		assert_noop!(
			ModelShares::offer(
				RuntimeOrigin::signed(ALICE),
				MODEL,
				100_000,
				PaymentAsset::Asset(9),
				5
			),
			Error::<Test>::AssetNotAccepted
		);
		assert_noop!(
			ModelShares::offer(
				RuntimeOrigin::signed(BOB),
				MODEL,
				100_000,
				PaymentAsset::Asset(USD),
				5
			),
			Error::<Test>::InsufficientShares
		);
		assert_ok!(ModelShares::offer(
			RuntimeOrigin::signed(ALICE),
			MODEL,
			300_000,
			PaymentAsset::Asset(USD),
			5
		));
		let buy = |who, amount, asset, max| {
			ModelShares::buy(RuntimeOrigin::signed(who), MODEL, ALICE, amount, asset, max)
		};
		assert_noop!(buy(BOB, 100_000, PaymentAsset::Native, 5), Error::<Test>::AssetMismatch);
		assert_noop!(buy(BOB, 100_000, PaymentAsset::Asset(USD), 4), Error::<Test>::PriceAboveMax);
		assert_noop!(buy(BOB, 300_001, PaymentAsset::Asset(USD), 5), Error::<Test>::AboveOffer);
		assert_noop!(
			buy(ALICE, 100_000, PaymentAsset::Asset(USD), 5),
			Error::<Test>::BuyerIsSeller
		);
		let (bob, alice) = (Assets::balance(USD, BOB), Assets::balance(USD, ALICE));
		assert_ok!(buy(BOB, 100_000, PaymentAsset::Asset(USD), 5));
		assert_eq!(bob - Assets::balance(USD, BOB), 500_000);
		assert_eq!(Assets::balance(USD, ALICE) - alice, 500_000);
		assert_eq!(Offers::<Test>::get(MODEL, ALICE).unwrap().amount, 200_000);
		// The buyer earns nothing of the income paid before it bought.
		assert_eq!(claimable(BOB), vec![(PaymentAsset::Native, 0)]);
		assert_ok!(buy(CHARLIE, 200_000, PaymentAsset::Asset(USD), 5));
		assert!(Offers::<Test>::get(MODEL, ALICE).is_none());
		assert_ok!(ModelShares::offer(
			RuntimeOrigin::signed(BOB),
			MODEL,
			100_000,
			PaymentAsset::Native,
			1
		));
		assert_ok!(ModelShares::cancel_offer(RuntimeOrigin::signed(BOB), MODEL));
		assert_noop!(
			ModelShares::cancel_offer(RuntimeOrigin::signed(BOB), MODEL),
			Error::<Test>::NoOffer
		);
	});
}

#[test]
fn a_class_takes_no_more_than_max_assets_pools() {
	run(|| {
		issue();
		pay(MODEL, PaymentAsset::Native, 10);
		pay(MODEL, PaymentAsset::Asset(USD), 10);
		assert_noop!(
			ModelShares::do_credit(&MODEL, PaymentAsset::Asset(42), 10),
			Error::<Test>::TooManyAssets
		);
	});
}

mod exactness {
	use super::*;
	use proptest::prelude::*;

	#[derive(Clone, Debug)]
	enum Step {
		Pay(bool, u64),
		Move(u8, u8, u64),
		Claim(u8),
	}

	fn step() -> impl Strategy<Value = Step> {
		prop_oneof![
			(any::<bool>(), 1u64..5_000_000).prop_map(|(usd, a)| Step::Pay(usd, a)),
			(0u8..4, 0u8..4, 1u64..SUPPLY).prop_map(|(f, t, a)| Step::Move(f, t, a)),
			(0u8..4).prop_map(Step::Claim),
		]
	}

	const PEOPLE: [AccountId; 4] = [ALICE, BOB, CHARLIE, DAVE];

	proptest! {
		#![proptest_config(ProptestConfig::with_cases(256))]
		/// For any sequence of payments, transfers and claims, each holder receives what was
		/// paid while it held, pro rata, to within two units per asset either way (the fractions a
		/// division leaves are carried into the next payment, so a holder may receive a unit of
		/// earlier dust); claims plus pots equal
		/// income exactly; and every invariant holds after every step.
		#[test]
		fn every_holder_receives_its_pro_rata_share_of_what_was_paid_while_it_held(
			supply in 1u64..2_000_000,
			steps in proptest::collection::vec(step(), 1..60),
		) {
			new_test_ext().execute_with(|| {
				assert_ok!(ModelShares::issue(RuntimeOrigin::signed(ALICE), MODEL, supply));
				// What each holder is due, exactly, as a fraction over `supply`, per asset.
				let mut due = [[0u128; 4]; 2];
				let mut claimed = [[0u128; 4]; 2];
				let mut income = [0u128; 2];
				let shares = |who: AccountId| Holdings::<Test>::get(who, MODEL).map_or(0, |h| h.shares);
				for step in steps {
					match step {
						Step::Pay(usd, amount) => {
							let asset = if usd { PaymentAsset::Asset(USD) } else { PaymentAsset::Native };
							pay(MODEL, asset, amount);
							income[usd as usize] += u128::from(amount);
							for (i, who) in PEOPLE.iter().enumerate() {
								due[usd as usize][i] += u128::from(amount) * u128::from(shares(*who));
							}
						},
						Step::Move(from, to, amount) => {
							let held = shares(PEOPLE[from as usize]);
							let _ = ModelShares::transfer(
								RuntimeOrigin::signed(PEOPLE[from as usize]),
								MODEL,
								PEOPLE[to as usize],
								amount.min(held).max(1),
							);
						},
						Step::Claim(who) => {
							let who = PEOPLE[who as usize];
							let before = (native(who), Assets::balance(USD, who));
							let _ = ModelShares::claim(RuntimeOrigin::signed(who), MODEL, who);
							let i = PEOPLE.iter().position(|p| *p == who).unwrap();
							claimed[0][i] += u128::from(native(who) - before.0);
							claimed[1][i] += u128::from(Assets::balance(USD, who) - before.1);
						},
					}
					ModelShares::do_try_state().expect("the invariants hold after every step");
				}
				let class = Classes::<Test>::get(MODEL).unwrap();
				for (a, asset) in [PaymentAsset::Native, PaymentAsset::Asset(USD)].iter().enumerate() {
					let pot = class.pools.iter().find(|p| p.asset == *asset).map_or(0, |p| u128::from(p.pot));
					let claims: u128 = claimed[a].iter().sum();
					prop_assert_eq!(claims + pot, income[a], "claims and pots are the income");
					for (i, who) in PEOPLE.iter().enumerate() {
						let owed = ModelShares::shares_of(who)
							.into_iter()
							.flat_map(|h| h.claimable)
							.find(|(x, _)| x == asset)
							.map_or(0, |(_, v)| u128::from(v));
						let got = claimed[a][i] + owed;
						let exact = due[a][i] / u128::from(supply);
						prop_assert!(got <= exact + 2, "more than two over its share: {} > {}", got, exact);
						prop_assert!(got + 2 >= exact, "short by more than two: {} < {}", got, exact);
					}
				}
				Ok(())
			})?;
		}
	}
}

/// An offer never outlives the shares behind it: moving shares away shrinks or ends it, so
/// shares bought back later are not sold at the old price.
#[test]
fn an_offer_shrinks_with_the_holding_behind_it() {
	run(|| {
		issue();
		send(ALICE, BOB, 400_000);
		assert_ok!(ModelShares::offer(
			RuntimeOrigin::signed(BOB),
			MODEL,
			400_000,
			PaymentAsset::Native,
			1
		));
		send(BOB, CHARLIE, 300_000);
		assert_eq!(Offers::<Test>::get(MODEL, BOB).unwrap().amount, 100_000);
		System::assert_has_event(
			Event::OfferReduced { model: MODEL, seller: BOB, amount: 100_000 }.into(),
		);
		send(BOB, CHARLIE, 100_000);
		assert!(Offers::<Test>::get(MODEL, BOB).is_none());
		System::assert_has_event(Event::OfferCancelled { model: MODEL, seller: BOB }.into());
		send(CHARLIE, BOB, 400_000);
		assert_noop!(
			ModelShares::buy(
				RuntimeOrigin::signed(DAVE),
				MODEL,
				BOB,
				100_000,
				PaymentAsset::Native,
				1
			),
			Error::<Test>::NoOffer
		);
	});
}

/// After a burn voided what a former holder was owed, a claim for it clears its entry, so it
/// cannot block a redemption; and a redemption needs no clear gate when the pools are empty.
#[test]
fn a_former_holder_voided_by_a_burn_cannot_block_a_redemption() {
	run(|| {
		issue();
		send(ALICE, BOB, 400_000);
		pay(MODEL, PaymentAsset::Native, 1_000_000);
		send(BOB, ALICE, 400_000);
		assert_eq!(Classes::<Test>::get(MODEL).unwrap().entries, 2);
		assert_ok!(<ModelShares as RoyaltyPots>::burn_accrued(&MODEL));
		assert_noop!(
			ModelShares::redeem(RuntimeOrigin::signed(ALICE), MODEL),
			Error::<Test>::UnclaimedHolders
		);
		assert_ok!(ModelShares::claim(RuntimeOrigin::signed(ALICE), MODEL, BOB));
		assert!(Holdings::<Test>::get(BOB, MODEL).is_none());
		// A challenge opens: nothing is in the pools, so the redemption goes on.
		ClaimStates::set(vec![(MODEL, ClaimState::Frozen)]);
		assert_ok!(ModelShares::redeem(RuntimeOrigin::signed(ALICE), MODEL));
	});
}

/// A payout a holder cannot take (below the minimum balance to an account that holds none of
/// the asset) stays owed; the others are paid.
#[test]
fn a_claim_pays_what_the_holder_can_take_and_keeps_the_rest_owed() {
	run(|| {
		let fresh: AccountId = 77;
		issue();
		send(ALICE, fresh, 500_000);
		pay(MODEL, PaymentAsset::Native, 2 * ED - 2);
		pay(MODEL, PaymentAsset::Asset(USD), 1_000);
		// 9 ATL units cannot open Fresh's account (ED 10); the stablecoin's 500 can.
		assert_eq!(
			claimable(fresh),
			vec![(PaymentAsset::Native, ED - 1), (PaymentAsset::Asset(USD), 500)]
		);
		assert_ok!(ModelShares::claim(RuntimeOrigin::signed(ALICE), MODEL, fresh));
		assert_eq!(pallet_assets::Pallet::<Test>::balance(USD, fresh), 500);
		assert_eq!(native(fresh), 0);
		assert_eq!(
			claimable(fresh),
			vec![(PaymentAsset::Native, ED - 1), (PaymentAsset::Asset(USD), 0)]
		);
		// Nothing it can take: a named error, and nothing changes.
		assert_noop!(
			ModelShares::claim(RuntimeOrigin::signed(ALICE), MODEL, fresh),
			sp_runtime::TokenError::BelowMinimum
		);
		pay(MODEL, PaymentAsset::Native, 2);
		assert_ok!(ModelShares::claim(RuntimeOrigin::signed(ALICE), MODEL, fresh));
		assert_eq!(native(fresh), ED);
	});
}
