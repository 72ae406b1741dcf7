//! The rule, outcome by outcome.

use crate::{mock::*, Event};
use atelier_primitives::purse::{Paid, ProtocolPurse, ProtocolReserve};
use frame_support::{
	assert_ok,
	traits::fungible::{Inspect, InspectHold, MutateHold},
};

fn hold(amount: Balance) {
	assert_ok!(Balances::hold(&Reason::Escrow, &PAYER, amount));
}

fn held() -> Balance {
	Balances::balance_on_hold(&Reason::Escrow, &PAYER)
}

#[test]
fn a_payment_reaches_a_recipient_that_can_take_it() {
	ExtBuilder::default().build_and_execute(|| {
		hold(100);
		assert_eq!(Purse::pay_from_hold(&Reason::Escrow, &PAYER, &HOLDER, 60), Ok(Paid::Recipient));
		assert_eq!(Balances::balance(&HOLDER), 1_060);
		assert_eq!(held(), 40);
		assert_eq!(Balances::balance(&RESERVE), ED);
		assert!(events().is_empty(), "a payment as asked is the balances pallet's event alone");
	});
}

#[test]
fn a_payment_a_new_account_cannot_take_goes_to_the_reserve() {
	ExtBuilder::default().build_and_execute(|| {
		hold(100);
		let issuance = Balances::total_issuance();
		assert_eq!(Purse::pay_from_hold(&Reason::Escrow, &PAYER, &NEWCOMER, 5), Ok(Paid::Reserve));
		assert_eq!(Balances::balance(&NEWCOMER), 0);
		assert_eq!(Balances::balance(&RESERVE), ED + 5);
		assert_eq!(held(), 95);
		assert_eq!(Balances::total_issuance(), issuance);
		assert_eq!(
			events(),
			vec![Event::Redirected { from: PAYER, intended: NEWCOMER, amount: 5 }]
		);
		// A new account can take the existential deposit or more.
		assert_eq!(
			Purse::pay_from_hold(&Reason::Escrow, &PAYER, &NEWCOMER, ED),
			Ok(Paid::Recipient)
		);
		assert_eq!(Balances::balance(&NEWCOMER), ED);
	});
}

#[test]
fn a_payment_no_one_can_take_is_burned() {
	ExtBuilder::default().without_reserve().build_and_execute(|| {
		hold(100);
		let issuance = Balances::total_issuance();
		assert_eq!(Purse::pay_from_hold(&Reason::Escrow, &PAYER, &NEWCOMER, 5), Ok(Paid::Burned));
		assert_eq!(Balances::total_issuance(), issuance - 5);
		assert_eq!(held(), 95);
		assert_eq!(events(), vec![Event::Burned { from: PAYER, intended: NEWCOMER, amount: 5 }]);
		// The reserve's own share, while the reserve cannot take it, is burned too.
		assert_eq!(Purse::pay_reserve_from_hold(&Reason::Escrow, &PAYER, 5), Ok(Paid::Burned));
		assert_eq!(Balances::total_issuance(), issuance - 10);
	});
}

#[test]
fn the_reserves_share_goes_to_the_reserve() {
	ExtBuilder::default().build_and_execute(|| {
		hold(100);
		assert_eq!(Purse::reserve(), RESERVE);
		assert_eq!(Purse::pay_reserve_from_hold(&Reason::Escrow, &PAYER, 30), Ok(Paid::Recipient));
		assert_eq!(Balances::balance(&RESERVE), ED + 30);
		assert!(events().is_empty());
	});
}

#[test]
fn release_and_burn_move_exactly_the_amount() {
	ExtBuilder::default().build_and_execute(|| {
		hold(100);
		let issuance = Balances::total_issuance();
		assert_ok!(Purse::release(&Reason::Escrow, &PAYER, 30));
		assert_ok!(Purse::burn_from_hold(&Reason::Escrow, &PAYER, 20));
		assert_eq!(held(), 50);
		assert_eq!(Balances::balance(&PAYER), 930);
		assert_eq!(Balances::total_issuance(), issuance - 20);
		// Nothing due, nothing done.
		assert_ok!(Purse::release(&Reason::Escrow, &PAYER, 0));
		assert_ok!(Purse::burn_from_hold(&Reason::Escrow, &PAYER, 0));
		assert_eq!(
			Purse::pay_from_hold(&Reason::Escrow, &PAYER, &NEWCOMER, 0),
			Ok(Paid::Recipient)
		);
		assert_eq!(held(), 50);
	});
}

#[test]
fn more_than_is_held_is_refused_and_moves_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		hold(100);
		let before = (held(), Balances::balance(&HOLDER), Balances::total_issuance());
		assert!(Purse::pay_from_hold(&Reason::Escrow, &PAYER, &HOLDER, 101).is_err());
		assert!(Purse::release(&Reason::Escrow, &PAYER, 101).is_err());
		assert!(Purse::burn_from_hold(&Reason::Escrow, &PAYER, 101).is_err());
		assert_eq!((held(), Balances::balance(&HOLDER), Balances::total_issuance()), before);
		assert!(events().is_empty());
	});
}

#[test]
fn a_moved_hold_stays_held_under_its_reason() {
	ExtBuilder::default().build_and_execute(|| {
		hold(100);
		let issuance = Balances::total_issuance();
		assert_ok!(Purse::move_hold(&Reason::Escrow, &PAYER, &HOLDER, 60));
		assert_eq!(held(), 40);
		assert_eq!(Balances::balance_on_hold(&Reason::Escrow, &HOLDER), 60);
		assert_eq!(Balances::balance(&HOLDER), 1_000, "moved on hold, not to the free balance");
		assert_eq!(Balances::total_issuance(), issuance);
		// More than is held, or to an account that cannot exist, moves nothing.
		assert!(Purse::move_hold(&Reason::Escrow, &PAYER, &HOLDER, 41).is_err());
		assert!(Purse::move_hold(&Reason::Escrow, &PAYER, &NEWCOMER, 5).is_err());
		assert_eq!(held(), 40);
		assert!(events().is_empty());
	});
}
