//! Proxies as allow-lists (issue 25, attack 2): every call of every pallet has a decision for
//! each limited proxy type, and no limited proxy spends its principal's money.

use crate::{common::*, reputation::mint_output};
use atelier_runtime::configs::accounts::{proxy_decision, ProxyType, PROXY_CALLS};
use frame_support::traits::{GetCallMetadata, InstanceFilter};
use pallet_compute_market::HardwareClass;
use sp_core::H256;

/// Adds `delegate` as `who`'s proxy of `proxy_type`.
fn add_proxy(who: Sr25519Keyring, delegate: Sr25519Keyring, proxy_type: ProxyType) {
	apply_ok(
		who,
		RuntimeCall::Proxy(pallet_proxy::Call::add_proxy {
			delegate: account(delegate).into(),
			proxy_type,
			delay: 0,
		}),
	);
}

/// `delegate` makes `call` for `real` through its proxy; the result of the call.
fn via(
	delegate: Sr25519Keyring,
	real: Sr25519Keyring,
	call: RuntimeCall,
) -> Result<(), DispatchError> {
	System::reset_events();
	apply_ok(
		delegate,
		RuntimeCall::Proxy(pallet_proxy::Call::proxy {
			real: account(real).into(),
			force_proxy_type: None,
			call: Box::new(call),
		}),
	);
	System::events()
		.iter()
		.find_map(|r| match &r.event {
			RuntimeEvent::Proxy(pallet_proxy::Event::ProxyExecuted { result }) => Some(*result),
			_ => None,
		})
		.expect("the proxy executed")
}

/// A call added to any pallet without a decision for the limited proxies fails this test: the
/// table names every call the runtime has, and nothing the runtime does not have.
#[test]
fn every_call_has_a_proxy_decision() {
	let mut missing = Vec::new();
	let mut all = Vec::new();
	for pallet in RuntimeCall::get_module_names() {
		for call in RuntimeCall::get_call_names(pallet) {
			all.push((*pallet, *call));
			if proxy_decision(pallet, call).is_none() {
				missing.push(format!("{pallet}::{call}"));
			}
		}
	}
	assert!(missing.is_empty(), "calls without a proxy decision: {missing:?}");
	let stale: Vec<_> = PROXY_CALLS
		.iter()
		.flat_map(|(pallet, calls)| calls.iter().map(move |(call, _)| (*pallet, *call)))
		.filter(|row| !all.contains(row))
		.collect();
	assert!(stale.is_empty(), "rows for calls the runtime does not have: {stale:?}");
}

/// `is_superset` (which decides who may add or remove whose proxies) agrees with the table:
/// every call a type allows, a superset of it allows too.
#[test]
fn proxy_supersets_follow_the_table() {
	use ProxyType::*;
	let bit = |t: ProxyType| match t {
		Any => u8::MAX,
		NonTransfer => atelier_runtime::configs::accounts::N,
		Compute => atelier_runtime::configs::accounts::C,
		Governance => atelier_runtime::configs::accounts::G,
	};
	for big in [Any, NonTransfer, Compute, Governance] {
		for small in [Any, NonTransfer, Compute, Governance] {
			if !big.is_superset(&small) {
				continue;
			}
			for (pallet, calls) in PROXY_CALLS {
				for (call, allowed) in calls.iter() {
					let by_small = small == Any || allowed & bit(small) != 0;
					let by_big = big == Any || allowed & bit(big) != 0;
					assert!(
						!by_small || by_big,
						"{big:?} is a superset of {small:?} but not for {pallet}::{call}"
					);
				}
			}
		}
	}
}

/// Attack 2: a `Compute` or `NonTransfer` proxy submits a job for its principal with a tip of
/// the principal's whole balance, in a class where the proxy's own worker serves; or lists the
/// principal's output at a price of one and buys it. Every such call is refused and the
/// principal's balance does not move; a worker's key still does a worker's business.
#[test]
fn a_limited_proxy_cannot_spend_its_principals_money() {
	dev_ext().execute_with(|| {
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		add_proxy(Sr25519Keyring::Bob, Sr25519Keyring::Ferdie, ProxyType::Compute);
		add_proxy(Sr25519Keyring::Bob, Sr25519Keyring::Eve, ProxyType::NonTransfer);
		let bob = account(Sr25519Keyring::Bob);
		let balance = Balances::free_balance(&bob);
		let drain = RuntimeCall::ComputeMarket(pallet_compute_market::Call::submit_job {
			model,
			class: HardwareClass::Cpu,
			max_units: 1,
			max_base_fee_per_unit: atelier_primitives::currency::MICRO_UNIT,
			tip_per_unit: balance / 2,
			input_commitment: H256::repeat_byte(3),
			deadline: 100,
			verification: pallet_compute_market::Verification::Required,
		});
		let filtered = Err(frame_system::Error::<Runtime>::CallFiltered.into());
		for delegate in [Sr25519Keyring::Ferdie, Sr25519Keyring::Eve] {
			assert_eq!(via(delegate, Sr25519Keyring::Bob, drain.clone()), filtered);
			// Not inside a batch either.
			assert_eq!(
				via(
					delegate,
					Sr25519Keyring::Bob,
					RuntimeCall::Utility(pallet_utility::Call::batch {
						calls: vec![drain.clone()]
					})
				),
				filtered
			);
		}
		// Nor may a proxy declare its principal's answers: a nondeterministic service declared
		// deterministic is proved wrong by every check, paid from its stake.
		let flip = RuntimeCall::ComputeMarket(pallet_compute_market::Call::set_answers {
			answers: pallet_compute_market::Answers::Deterministic,
		});
		for delegate in [Sr25519Keyring::Ferdie, Sr25519Keyring::Eve] {
			assert_eq!(via(delegate, Sr25519Keyring::Bob, flip.clone()), filtered);
		}
		// Bob's output, listed by his NonTransfer proxy at a price of one for Eve to take.
		let output = mint_output(Sr25519Keyring::Bob, model);
		assert_eq!(
			via(
				Sr25519Keyring::Eve,
				Sr25519Keyring::Bob,
				RuntimeCall::Royalties(pallet_royalties::Call::list {
					output,
					asset: pallet_royalties::PaymentAsset::Native,
					price: 1,
				})
			),
			filtered
		);
		// Fees are paid by the proxies; Bob's balance is untouched.
		assert!(Balances::free_balance(&bob) >= balance - UNIT);
		assert!(pallet_royalties::Listings::<Runtime>::get(output).is_none());
		// The worker's key still passes the filter with what needs no money of Bob's (the call
		// then fails on its own terms: Bob has no reputation record to refresh).
		let refresh =
			RuntimeCall::Reputation(pallet_reputation::Call::refresh { who: bob.clone() });
		assert_eq!(
			via(Sr25519Keyring::Ferdie, Sr25519Keyring::Bob, refresh),
			Err(pallet_reputation::Error::<Runtime>::NoReputation.into())
		);
	});
}

/// A limited proxy of a validator cannot put keys it holds on its principal (with them it could
/// equivocate in the principal's name and have its bond slashed), purge the principal's keys
/// (an elected principal could not author: idle, and slashed), or bond the principal's money
/// where such an equivocation could take it, or take it out of the set.
#[test]
fn a_limited_proxy_cannot_set_a_validators_keys_or_bond_its_money() {
	dev_ext().execute_with(|| {
		let filtered = Err(frame_system::Error::<Runtime>::CallFiltered.into());
		let alice = Sr25519Keyring::Alice;
		for (delegate, proxy_type) in [
			(Sr25519Keyring::Eve, ProxyType::NonTransfer),
			(Sr25519Keyring::Ferdie, ProxyType::Compute),
			(Sr25519Keyring::Dave, ProxyType::Governance),
		] {
			add_proxy(alice, delegate, proxy_type);
			// Keys the delegate holds (its own keyring keys) and their proof for Alice.
			let (keys, proof) = session_keys(delegate, &account(alice));
			for call in [
				RuntimeCall::Session(pallet_session::Call::set_keys { keys, proof }),
				RuntimeCall::Session(pallet_session::Call::purge_keys {}),
				RuntimeCall::Validators(pallet_validators::Call::bond_more { extra: 1_000 * UNIT }),
				RuntimeCall::Validators(pallet_validators::Call::register_candidate {
					bond: 1_000 * UNIT,
				}),
			] {
				assert_eq!(via(delegate, alice, call), filtered, "{proxy_type:?}");
			}
		}
		// Nothing moved: Alice's keys and bond are as genesis made them.
		let held = pallet_validators::Candidates::<Runtime>::get(account(alice)).unwrap().bond;
		assert_eq!(held, genesis_config_presets::GENESIS_VALIDATOR_BOND);
		let (babe, _) = (Sr25519Keyring::Alice.public(), ());
		assert_eq!(
			pallet_session::NextKeys::<Runtime>::get(account(alice)).unwrap().babe,
			babe.into()
		);
		// Nor take her out of the set (her bond would be held for the unbonding period).
		assert_eq!(
			via(
				Sr25519Keyring::Eve,
				alice,
				RuntimeCall::Validators(pallet_validators::Call::leave {})
			),
			filtered
		);
	});
}
