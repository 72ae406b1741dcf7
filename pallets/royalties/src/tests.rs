//! The pallet's behaviour, as creators, collectors and the lineage see it.

use crate::{mock::*, *};
use frame_support::dispatch::DispatchResultWithPostInfo;
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::Inspect as _, Hooks},
};
use sp_runtime::{Perbill, TokenError};

fn pct(n: u32) -> Perbill {
	Perbill::from_percent(n)
}

fn native(who: AccountId) -> Balance {
	Balances::balance(&who)
}

fn usd(who: AccountId) -> Balance {
	Assets::balance(USD, who)
}

/// What accrued to `who` in `asset`, from every model's outputs.
fn accrued(who: AccountId, asset: PaymentAsset) -> Balance {
	Accrued::<Test>::iter_prefix((who, asset)).map(|(_, a)| a.amount).sum()
}

/// Claims what accrued to `who` in `asset` from the first model it accrued from.
fn claim(caller: AccountId, who: AccountId, asset: PaymentAsset) -> DispatchResultWithPostInfo {
	let model = Accrued::<Test>::iter_prefix((who, asset)).next().map_or(ModelId(0), |(m, _)| m);
	Royalties::claim(RuntimeOrigin::signed(caller), who, asset, model)
}

/// Buys `output` against its current listing (the id and asset a buyer reads before buying).
fn buy(buyer: AccountId, output: OutputId, max_price: Balance) -> DispatchResultWithPostInfo {
	let (id, asset) = Listings::<Test>::get(output)
		.map(|listing| (listing.id, listing.asset))
		.unwrap_or((0, PaymentAsset::Native));
	Royalties::buy(RuntimeOrigin::signed(buyer), output, id, asset, max_price)
}

/// Records an external sale and has its buyer accept it.
fn external_sale(
	seller: AccountId,
	output: OutputId,
	buyer: AccountId,
	asset: PaymentAsset,
	price: Balance,
) -> DispatchResultWithPostInfo {
	Royalties::record_external_sale(RuntimeOrigin::signed(seller), output, buyer, asset, price)?;
	Royalties::accept_external_sale(RuntimeOrigin::signed(buyer), output, asset, price)
}

/// Model 0: Dave 60%, Eve 40% of its lineage's share.
fn two_licensee_model() -> ModelId {
	model(0, vec![(DAVE, pct(60)), (EVE, pct(40))])
}

/// Alice's output of the two-licensee model, listed at 1 000 ATL units and bought by Bob.
fn sold_output() -> OutputId {
	let output = mint(0, ALICE, two_licensee_model(), &[], pct(20));
	assert_ok!(Royalties::list(RuntimeOrigin::signed(ALICE), output, PaymentAsset::Native, 1_000));
	assert_ok!(buy(BOB, output, 1_000));
	output
}

#[test]
fn a_policy_splits_the_stack_along_the_lineage() {
	ExtBuilder.build_and_execute(|| {
		let model = two_licensee_model();
		let output = mint(0, ALICE, model, &[], pct(20));
		let policy = Policies::<Test>::get(output).unwrap();
		// 20% creator + 10% model + 2% reserve = 32%; the model's 10% is Dave 6%, Eve 4%.
		assert_eq!(policy.stack, pct(32));
		assert_eq!(
			policy
				.recipients
				.iter()
				.map(|(p, s)| (payee_account(p), *s))
				.collect::<Vec<_>>(),
			vec![(ALICE, pct(20)), (DAVE, pct(6)), (EVE, pct(4))]
		);
		System::assert_last_event(
			Event::PolicyRegistered { output, stack: pct(32), recipients: 3 }.into(),
		);
	});
}

#[test]
fn a_remix_shares_the_same_stack_with_its_parents_lineages() {
	ExtBuilder.build_and_execute(|| {
		let model = two_licensee_model();
		let first = mint(0, ALICE, model, &[], pct(20));
		let second = mint(1, BOB, model, &[], pct(10));
		let remix = mint(2, CHARLIE, model, &[first, second], pct(10));
		let policy = Policies::<Test>::get(remix).unwrap();
		// 10% creator + 10% model + 10% parents + 2% reserve.
		assert_eq!(policy.stack, pct(32));
		// Each parent's 5% follows its policy, normalised by its stack:
		// first (32%): Alice 20/32, Dave 6/32, Eve 4/32; second (22%): Bob 10/22, Dave 6/22,
		// Eve 4/22. Rounded down.
		let share = |who| {
			policy
				.recipients
				.iter()
				.find(|(w, _)| *w == Payee::Account(who))
				.map(|(_, s)| *s)
		};
		assert_eq!(share(CHARLIE), Some(pct(10)));
		assert_eq!(share(ALICE), Some(Perbill::from_parts(31_250_000)));
		assert_eq!(share(BOB), Some(Perbill::from_parts(22_727_272)));
		assert_eq!(share(DAVE), Some(Perbill::from_parts(60_000_000 + 9_375_000 + 13_636_363)));
		let total: u64 = policy.recipients.iter().map(|(_, s)| s.deconstruct() as u64).sum();
		assert!(total <= pct(30).deconstruct() as u64, "the reserve keeps at least its 2%");
	});
}

#[test]
fn a_deep_lineage_never_grows_the_stack_or_the_recipient_list() {
	ExtBuilder.build_and_execute(|| {
		let model = two_licensee_model();
		let mut previous = Vec::new();
		for id in 0..40u32 {
			// Each generation remixes the last three, by a new creator.
			let creator = 100 + id as u64;
			let output = mint(id, creator, model, &previous, pct(25));
			let policy = Policies::<Test>::get(output).unwrap();
			// Creator 25%, model lineage 10%, reserve 2%, and the parents' 10% once there are
			// parents: the stack is the same at every depth.
			let stack = if previous.is_empty() { pct(37) } else { pct(47) };
			assert_eq!(policy.stack, stack, "generation {id}");
			// The creator keeps its whole share, the largest; the list holds the creator, the
			// model's two licensees and one earlier creator a generation, up to the bound.
			assert_eq!(
				policy.recipients.first(),
				Some(&(Payee::Account(creator), pct(25))),
				"generation {id}"
			);
			assert_eq!(policy.recipients.len() as u32, (3 + id).min(MAX_RECIPIENTS), "{id}");
			let paid: u64 = policy.recipients.iter().map(|(_, s)| u64::from(s.deconstruct())).sum();
			assert!(paid <= u64::from((stack - pct(2)).deconstruct()), "generation {id}");
			previous.push(output);
			if previous.len() > 3 {
				previous.remove(0);
			}
		}
	});
}

#[test]
fn the_cap_refuses_a_policy_above_it() {
	ExtBuilder.build_and_execute(|| {
		let model = two_licensee_model();
		let parent = mint(0, ALICE, model, &[], pct(38));
		// 38% + 10% + 2% = 50%: at the cap. A remix adds the parents' 10%, so 38% is too much.
		assert_noop!(
			Royalties::register(&OutputId(1), &BOB, &model, &[parent], pct(38)),
			Error::<Test>::RoyaltyStackTooHigh
		);
		assert_noop!(
			Royalties::register(&OutputId(1), &BOB, &model, &[], pct(39)),
			Error::<Test>::RoyaltyStackTooHigh
		);
		assert_noop!(
			Royalties::register(&parent, &BOB, &model, &[], pct(1)),
			Error::<Test>::PolicyExists
		);
	});
}

#[test]
fn buying_pays_seller_reserve_and_lineage_and_moves_the_item() {
	ExtBuilder.build_and_execute(|| {
		let model = two_licensee_model();
		let output = mint(0, ALICE, model, &[], pct(20));
		assert_ok!(Royalties::list(
			RuntimeOrigin::signed(ALICE),
			output,
			PaymentAsset::Native,
			1_000_003
		));
		let (alice, bob, reserve) = (native(ALICE), native(BOB), native(RESERVE));

		assert_ok!(buy(BOB, output, 1_000_003));

		// Stack 32% of 1 000 003 = 320 000 (floor); Alice 200 000, Dave 60 000, Eve 40 000;
		// the reserve 20 000 (its 2% plus the rounding remainder).
		assert_eq!(native(BOB), bob - 1_000_003);
		assert_eq!(native(ALICE), alice + 680_003);
		assert_eq!(native(RESERVE), reserve + 20_000);
		assert_eq!(accrued(ALICE, PaymentAsset::Native), 200_000);
		assert_eq!(accrued(DAVE, PaymentAsset::Native), 60_000);
		assert_eq!(accrued(EVE, PaymentAsset::Native), 40_000);
		assert_eq!(MockOutputs::owner(&output), Some(BOB));
		assert!(!Listings::<Test>::contains_key(output));
		System::assert_last_event(
			Event::Sold {
				output,
				seller: ALICE,
				buyer: BOB,
				asset: PaymentAsset::Native,
				price: 1_000_003,
				royalties: 320_000,
				external: false,
			}
			.into(),
		);

		// Recipients claim, and no one else for them (issue 25: a claim timed after the
		// beneficiary's daily reputation cap would waste its points).
		assert_noop!(claim(FERDIE, DAVE, PaymentAsset::Native), Error::<Test>::NotBeneficiary);
		let dave = native(DAVE);
		assert_ok!(claim(DAVE, DAVE, PaymentAsset::Native));
		assert_eq!(native(DAVE), dave + 60_000);
		assert_noop!(claim(DAVE, DAVE, PaymentAsset::Native), Error::<Test>::NothingToClaim);
	});
}

#[test]
fn a_stablecoin_sale_splits_in_the_stablecoin() {
	ExtBuilder.build_and_execute(|| {
		let model = two_licensee_model();
		let output = mint(0, ALICE, model, &[], pct(20));
		let usd_asset = PaymentAsset::Asset(USD);
		assert_ok!(Royalties::list(RuntimeOrigin::signed(ALICE), output, usd_asset, 50_000_000));
		let (alice, bob, reserve, native_bob) = (usd(ALICE), usd(BOB), usd(RESERVE), native(BOB));

		assert_ok!(buy(BOB, output, 50_000_000));

		assert_eq!(usd(BOB), bob - 50_000_000);
		assert_eq!(usd(ALICE), alice + 34_000_000);
		assert_eq!(usd(RESERVE), reserve + 1_000_000);
		assert_eq!(accrued(EVE, usd_asset), 2_000_000);
		assert_eq!(native(BOB), native_bob, "no native token moves in a stablecoin sale");
		let eve = usd(EVE);
		assert_ok!(claim(EVE, EVE, usd_asset));
		assert_eq!(usd(EVE), eve + 2_000_000);
	});
}

#[test]
fn an_external_sale_charges_the_seller_the_stack_and_moves_the_item() {
	ExtBuilder.build_and_execute(|| {
		let model = two_licensee_model();
		let output = mint(0, ALICE, model, &[], pct(20));
		assert_ok!(Royalties::list(RuntimeOrigin::signed(ALICE), output, PaymentAsset::Native, 5));
		let (alice, reserve) = (native(ALICE), native(RESERVE));

		assert_ok!(external_sale(ALICE, output, CHARLIE, PaymentAsset::Native, 10_000));

		// Alice owes 32% of the declared 10 000: 2 000 accrues to herself as creator.
		assert_eq!(native(ALICE), alice - 3_200);
		assert_eq!(native(RESERVE), reserve + 200);
		assert_eq!(accrued(ALICE, PaymentAsset::Native), 2_000);
		assert_eq!(MockOutputs::owner(&output), Some(CHARLIE));
		assert!(!Listings::<Test>::contains_key(output), "the stale listing is gone");
	});
}

#[test]
fn listing_and_buying_fail_with_named_errors() {
	ExtBuilder.build_and_execute(|| {
		let model = two_licensee_model();
		let output = mint(0, ALICE, model, &[], pct(20));
		let list =
			|who, asset, price| Royalties::list(RuntimeOrigin::signed(who), output, asset, price);
		assert_noop!(list(BOB, PaymentAsset::Native, 100), Error::<Test>::NotOwner);
		assert_noop!(list(ALICE, PaymentAsset::Native, 0), Error::<Test>::ZeroPrice);
		assert_noop!(
			list(ALICE, PaymentAsset::Asset(OTHER_ASSET), 100),
			Error::<Test>::AssetNotAccepted
		);
		assert_noop!(
			Royalties::list(RuntimeOrigin::signed(ALICE), OutputId(9), PaymentAsset::Native, 1),
			Error::<Test>::UnknownOutput
		);
		assert_noop!(buy(BOB, output, 100), Error::<Test>::NotListed);
		assert_ok!(list(ALICE, PaymentAsset::Native, 100));
		assert_noop!(buy(BOB, output, 99), Error::<Test>::PriceAboveMax);
		assert_noop!(buy(ALICE, output, 100), Error::<Test>::BuyerIsSeller);
		assert_noop!(
			Royalties::unlist(RuntimeOrigin::signed(BOB), output),
			Error::<Test>::NotOwner
		);
		assert_noop!(buy(RESERVE, output, 100), TokenError::FundsUnavailable);
		assert_ok!(Royalties::unlist(RuntimeOrigin::signed(ALICE), output));
		System::assert_last_event(Event::Unlisted { output }.into());
	});
}

#[test]
fn outputs_of_a_model_that_may_not_earn_cannot_be_sold() {
	ExtBuilder.build_and_execute(|| {
		let model = two_licensee_model();
		let output = mint(0, ALICE, model, &[], pct(20));
		assert_ok!(Royalties::list(
			RuntimeOrigin::signed(ALICE),
			output,
			PaymentAsset::Native,
			100
		));
		Unmonetizable::mutate(|u| u.push(model));
		assert_noop!(buy(BOB, output, 100), Error::<Test>::NotMonetizable);
		assert_noop!(
			Royalties::record_external_sale(
				RuntimeOrigin::signed(ALICE),
				output,
				BOB,
				PaymentAsset::Native,
				100
			),
			Error::<Test>::NotMonetizable
		);
		Unmonetizable::take();
		assert_ok!(Royalties::unlist(RuntimeOrigin::signed(ALICE), output));
	});
}

#[test]
fn preview_matches_what_a_sale_pays() {
	ExtBuilder.build_and_execute(|| {
		let model = two_licensee_model();
		let output = mint(0, ALICE, model, &[], pct(20));
		let split = Royalties::split(&output, 999).unwrap();
		assert_eq!(split.seller_proceeds, 999 - 319);
		assert_eq!(
			split.payouts,
			vec![
				(Recipient::Account(ALICE), 199),
				(Recipient::Account(DAVE), 59),
				(Recipient::Account(EVE), 39)
			]
		);
		assert_eq!(split.reserve, 319 - 199 - 59 - 39);
		assert_eq!(Royalties::split(&OutputId(5), 999), None);
	});
}

/// One random sale: a model's licensees, a lineage of outputs, and a sale of the last output.
#[derive(Clone, Debug)]
struct SaleCase {
	/// The model's licensees (200..220) and their shares, at most 12.5% each.
	licensees: Vec<(AccountId, u32)>,
	/// Each output: parents (indices into the earlier outputs), creator (300..320), creator's
	/// share (below 28%).
	outputs: Vec<(Vec<proptest::sample::Index>, AccountId, u32)>,
	price: Balance,
	external: bool,
	in_stablecoin: bool,
}

fn sale_cases() -> impl proptest::strategy::Strategy<Value = SaleCase> {
	use proptest::{collection::vec, prelude::*};
	(
		vec((200u64..220, 0u32..125_000_000), 1..=8),
		vec((vec(any::<proptest::sample::Index>(), 0..4), 300u64..320, 0u32..280_000_000), 1..=12),
		1..INITIAL / 2,
		any::<bool>(),
		any::<bool>(),
	)
		.prop_map(|(licensees, outputs, price, external, in_stablecoin)| SaleCase {
			licensees,
			outputs,
			price,
			external,
			in_stablecoin,
		})
}

/// Runs `case` and checks every account's balance against the output's policy: each recipient
/// accrues `floor(share × price)`, the reserve gets the stack less those (at least the minimum
/// royalty on an external sale), the seller the rest, the payer pays exactly that, and nothing
/// is minted or burnt.
fn check_sale(case: SaleCase) -> Result<(), proptest::test_runner::TestCaseError> {
	use frame_support::traits::fungibles::{Inspect as _, Mutate as _};
	use proptest::prelude::*;
	let licensees = case
		.licensees
		.iter()
		.map(|(who, share)| (*who, Perbill::from_parts(*share)))
		.collect();
	let model = model(0, licensees);
	let mut outputs: Vec<OutputId> = Vec::new();
	for (id, (parents, creator, share)) in case.outputs.iter().enumerate() {
		let parents: Vec<OutputId> = if outputs.is_empty() {
			Vec::new()
		} else {
			parents
				.iter()
				.map(|i| *i.get(&outputs))
				.collect::<std::collections::BTreeSet<_>>()
				.into_iter()
				.collect()
		};
		outputs.push(mint(id as u32, *creator, model, &parents, Perbill::from_parts(*share)));
	}
	let output = *outputs.last().expect("at least one output");
	let seller = MockOutputs::owner(&output).expect("minted");
	let (asset, balance): (PaymentAsset, fn(AccountId) -> Balance) = if case.in_stablecoin {
		Assets::mint_into(USD, &seller, INITIAL).expect("the seller can hold aUSD");
		(PaymentAsset::Asset(USD), usd)
	} else {
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), seller, INITIAL));
		(PaymentAsset::Native, native)
	};
	let total = |asset: PaymentAsset| match asset {
		PaymentAsset::Native => Balances::total_issuance(),
		PaymentAsset::Asset(id) => Assets::total_issuance(id),
	};
	let policy = Policies::<Test>::get(output).expect("every minted output has a policy");
	let price = case.price;
	let payer = if case.external { seller } else { BOB };
	let accounts: std::collections::BTreeSet<AccountId> = policy
		.recipients
		.iter()
		.map(|(who, _)| payee_account(who))
		.chain([RESERVE, seller, BOB])
		.collect();
	let before: std::collections::BTreeMap<_, _> = accounts
		.iter()
		.map(|who| (*who, balance(*who) + accrued(*who, asset)))
		.collect();
	let issuance = total(asset);

	if case.external {
		prop_assert!(external_sale(seller, output, BOB, asset, price).is_ok());
	} else {
		prop_assert!(Royalties::list(RuntimeOrigin::signed(seller), output, asset, price).is_ok());
		prop_assert!(buy(BOB, output, price).is_ok());
	}

	let gained =
		|who: AccountId| (balance(who) + accrued(who, asset)) as i128 - before[&who] as i128;
	// What the policy owes, worked out here from the stored policy, not by `split`.
	let stack = policy.stack.mul_floor(price);
	let mut owed: std::collections::BTreeMap<AccountId, Balance> = Default::default();
	for (who, share) in policy.recipients.iter() {
		*owed.entry(payee_account(who)).or_default() += share.mul_floor(price);
	}
	let to_recipients: Balance = owed.values().sum();
	let mut to_reserve = stack - to_recipients;
	if case.external {
		to_reserve += MIN_EXTERNAL_ROYALTY.saturating_sub(stack);
	}
	for (who, amount) in owed.iter() {
		if *who != seller && *who != BOB && *who != RESERVE {
			prop_assert_eq!(gained(*who), *amount as i128, "recipient {}", who);
		}
	}
	let own = |who: AccountId| *owed.get(&who).unwrap_or(&0) as i128;
	prop_assert_eq!(gained(RESERVE), to_reserve as i128 + own(RESERVE), "the reserve");
	if case.external {
		// The seller keeps the price (paid elsewhere) and pays the royalties, less its own.
		prop_assert_eq!(gained(seller), own(seller) - (to_recipients + to_reserve) as i128);
		prop_assert_eq!(gained(BOB), own(BOB), "the buyer pays nothing on chain");
	} else {
		prop_assert_eq!(gained(seller), (price - stack) as i128 + own(seller), "the seller");
		prop_assert_eq!(gained(BOB), own(BOB) - price as i128, "the buyer pays the price");
	}
	prop_assert_eq!(total(asset), issuance, "nothing minted or burnt");
	prop_assert_eq!(MockOutputs::owner(&output), Some(BOB));
	prop_assert_eq!(payer == seller, case.external);
	Royalties::do_try_state().map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
	Ok(())
}

proptest::proptest! {
	#![proptest_config(proptest::test_runner::Config::with_cases(128))]

	#[test]
	fn every_sale_pays_exactly_what_the_policy_says(case in sale_cases()) {
		ExtBuilder.build().execute_with(|| check_sale(case))?;
	}
}

#[test]
fn claims_never_reap_the_pallets_account() {
	ExtBuilder.build_and_execute(|| {
		sold_output();
		for who in [ALICE, DAVE, EVE] {
			assert_ok!(claim(who, who, PaymentAsset::Native));
		}
		assert_eq!(TotalAccrued::<Test>::get(PaymentAsset::Native), 0);
		assert_eq!(native(Royalties::account_id()), ED);
	});
}

#[test]
fn unknown_policies_refuse_sales() {
	ExtBuilder.build_and_execute(|| {
		// An output provenance never registered a policy for.
		Outputs::mutate(|o| o.push((OutputId(7), ALICE, two_licensee_model())));
		assert_noop!(
			Royalties::list(RuntimeOrigin::signed(ALICE), OutputId(7), PaymentAsset::Native, 10),
			Error::<Test>::NoPolicy
		);
	});
}

#[test]
fn constants_pass_the_integrity_test() {
	ExtBuilder.build_and_execute(|| {
		<Royalties as Hooks<u64>>::integrity_test();
	});
}

// Attacks: each test plays the attacker and asserts the attack fails.

/// A seller who sees `buy(o, 5_000 ATL)` in the pool relists in the stablecoin at a smaller
/// number (a different asset, a different price): the buy names the listing it saw and fails,
/// and nothing moves.
#[test]
fn a_seller_cannot_switch_a_listing_under_a_pending_buy() {
	ExtBuilder.build_and_execute(|| {
		let output = mint(0, ALICE, two_licensee_model(), &[], pct(20));
		assert_ok!(Royalties::list(
			RuntimeOrigin::signed(ALICE),
			output,
			PaymentAsset::Native,
			5_000
		));
		let seen = Listings::<Test>::get(output).unwrap();
		System::assert_last_event(
			Event::Listed {
				output,
				listing: seen.id,
				seller: ALICE,
				asset: PaymentAsset::Native,
				price: 5_000,
			}
			.into(),
		);
		// The switch: same output, the stablecoin, a smaller number.
		assert_ok!(Royalties::list(
			RuntimeOrigin::signed(ALICE),
			output,
			PaymentAsset::Asset(USD),
			4_000
		));
		let (bob_native, bob_usd) = (native(BOB), usd(BOB));
		assert_noop!(
			Royalties::buy(
				RuntimeOrigin::signed(BOB),
				output,
				seen.id,
				PaymentAsset::Native,
				5_000
			),
			Error::<Test>::ListingChanged
		);
		// Naming the new listing but the asset the buyer agreed to is refused too.
		let current = Listings::<Test>::get(output).unwrap();
		assert_noop!(
			Royalties::buy(
				RuntimeOrigin::signed(BOB),
				output,
				current.id,
				PaymentAsset::Native,
				5_000
			),
			Error::<Test>::AssetMismatch
		);
		// Relisting on the very same terms still invalidates the earlier listing.
		assert_ok!(Royalties::list(
			RuntimeOrigin::signed(ALICE),
			output,
			PaymentAsset::Asset(USD),
			4_000
		));
		assert_noop!(
			Royalties::buy(
				RuntimeOrigin::signed(BOB),
				output,
				current.id,
				PaymentAsset::Asset(USD),
				4_000
			),
			Error::<Test>::ListingChanged
		);
		assert_eq!((native(BOB), usd(BOB)), (bob_native, bob_usd));
		assert_eq!(MockOutputs::owner(&output), Some(ALICE));
	});
}

/// A seller cannot push an output onto someone with `record_external_sale`: nothing moves until
/// the named buyer accepts the recorded terms, nobody else can accept, and either party can
/// cancel.
#[test]
fn an_external_sale_needs_the_buyers_acceptance() {
	ExtBuilder.build_and_execute(|| {
		let output = mint(0, ALICE, two_licensee_model(), &[], pct(20));
		let alice = native(ALICE);
		assert_ok!(Royalties::record_external_sale(
			RuntimeOrigin::signed(ALICE),
			output,
			CHARLIE,
			PaymentAsset::Native,
			10_000
		));
		System::assert_last_event(
			Event::ExternalSaleRecorded {
				output,
				seller: ALICE,
				buyer: CHARLIE,
				asset: PaymentAsset::Native,
				price: 10_000,
			}
			.into(),
		);
		assert_eq!(MockOutputs::owner(&output), Some(ALICE), "nothing moves on record");
		assert_eq!(native(ALICE), alice, "nothing is paid on record");
		let accept = |who, asset, price| {
			Royalties::accept_external_sale(RuntimeOrigin::signed(who), output, asset, price)
		};
		assert_noop!(accept(BOB, PaymentAsset::Native, 10_000), Error::<Test>::NotBuyer);
		assert_noop!(
			accept(CHARLIE, PaymentAsset::Native, 9_999),
			Error::<Test>::ExternalSaleChanged
		);
		assert_noop!(
			accept(CHARLIE, PaymentAsset::Asset(USD), 10_000),
			Error::<Test>::ExternalSaleChanged
		);
		assert_noop!(
			Royalties::cancel_external_sale(RuntimeOrigin::signed(FERDIE), output),
			Error::<Test>::NotParty
		);
		// The buyer declines: the sale is gone and cannot be accepted later.
		assert_ok!(Royalties::cancel_external_sale(RuntimeOrigin::signed(CHARLIE), output));
		System::assert_last_event(Event::ExternalSaleCancelled { output }.into());
		assert_noop!(accept(CHARLIE, PaymentAsset::Native, 10_000), Error::<Test>::NoExternalSale);
		assert_noop!(
			Royalties::cancel_external_sale(RuntimeOrigin::signed(ALICE), output),
			Error::<Test>::NoExternalSale
		);
		assert_eq!(MockOutputs::owner(&output), Some(ALICE));
		assert_eq!(native(ALICE), alice);
	});
}

/// Declaring a price of 1 makes every share round to zero; the seller still pays the minimum
/// royalty (to the reserve), so an external sale is never a free transfer.
#[test]
fn an_external_sale_at_a_price_of_one_pays_the_minimum_royalty() {
	ExtBuilder.build_and_execute(|| {
		let output = mint(0, ALICE, two_licensee_model(), &[], pct(20));
		for asset in [PaymentAsset::Native, PaymentAsset::Asset(USD)] {
			let owner = MockOutputs::owner(&output).unwrap();
			let buyer = if owner == ALICE { CHARLIE } else { ALICE };
			let balance = |who| match asset {
				PaymentAsset::Native => native(who),
				PaymentAsset::Asset(_) => usd(who),
			};
			let (seller_before, reserve_before) = (balance(owner), balance(RESERVE));
			assert_ok!(external_sale(owner, output, buyer, asset, 1));
			assert_eq!(balance(owner), seller_before - MIN_EXTERNAL_ROYALTY);
			assert_eq!(balance(RESERVE), reserve_before + MIN_EXTERNAL_ROYALTY);
			assert_eq!(MockOutputs::owner(&output), Some(buyer));
			System::assert_last_event(
				Event::Sold {
					output,
					seller: owner,
					buyer,
					asset,
					price: 1,
					royalties: MIN_EXTERNAL_ROYALTY,
					external: true,
				}
				.into(),
			);
		}
	});
}

/// An accepted-later sale recorded by an earlier owner cannot take the output back: every move
/// of the output drops the recorded external sale.
#[test]
fn a_recorded_external_sale_dies_when_the_output_moves() {
	ExtBuilder.build_and_execute(|| {
		let output = mint(0, ALICE, two_licensee_model(), &[], pct(20));
		assert_ok!(Royalties::record_external_sale(
			RuntimeOrigin::signed(ALICE),
			output,
			CHARLIE,
			PaymentAsset::Native,
			10_000
		));
		assert_ok!(Royalties::list(
			RuntimeOrigin::signed(ALICE),
			output,
			PaymentAsset::Native,
			1_000
		));
		assert_ok!(buy(BOB, output, 1_000));
		assert!(!ExternalSales::<Test>::contains_key(output));
		// Back to Alice: Charlie's old acceptance still finds nothing.
		assert_ok!(external_sale(BOB, output, ALICE, PaymentAsset::Native, 1_000));
		assert_noop!(
			Royalties::accept_external_sale(
				RuntimeOrigin::signed(CHARLIE),
				output,
				PaymentAsset::Native,
				10_000
			),
			Error::<Test>::NoExternalSale
		);
		assert_eq!(MockOutputs::owner(&output), Some(ALICE));
	});
}

#[test]
fn the_v1_migration_numbers_existing_listings() {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	ExtBuilder.build_and_execute(|| {
		let first = mint(0, ALICE, two_licensee_model(), &[], pct(20));
		let second = mint(1, BOB, two_licensee_model(), &[], pct(20));
		// Two listings as version 0 stored them.
		for (output, seller) in [(first, ALICE), (second, BOB)] {
			let old =
				migrations::v1::ListingV0 { seller, asset: PaymentAsset::Native, price: 700u64 };
			frame_support::storage::unhashed::put(&Listings::<Test>::hashed_key_for(output), &old);
		}
		StorageVersion::new(0).put::<Royalties>();

		migrations::v1::MigrateToV1::<Test>::on_runtime_upgrade();

		assert_eq!(Royalties::on_chain_storage_version(), StorageVersion::new(1));
		let mut ids: Vec<_> = [first, second]
			.iter()
			.map(|o| Listings::<Test>::get(o).unwrap())
			.map(|l| {
				assert_eq!((l.asset, l.price), (PaymentAsset::Native, 700));
				l.id
			})
			.collect();
		ids.sort();
		assert_eq!(ids, vec![0, 1]);
		assert_eq!(NextListingId::<Test>::get(), 2);
		assert_ok!(buy(CHARLIE, first, 700));
	});
}

#[test]
fn a_claim_is_announced_with_what_it_paid() {
	ExtBuilder.build_and_execute(|| {
		sold_output();
		let amount = accrued(DAVE, PaymentAsset::Native);
		assert!(amount > 0);
		let before = native(DAVE);
		assert_ok!(claim(DAVE, DAVE, PaymentAsset::Native));
		assert_eq!(native(DAVE), before + amount);
		System::assert_last_event(
			Event::Claimed {
				beneficiary: DAVE,
				asset: PaymentAsset::Native,
				model: ModelId(0),
				amount,
			}
			.into(),
		);
	});
}

// Each invariant can fail: corrupt the storage it guards and `do_try_state` reports it.

/// A listed, sold and relisted output, so that every invariant has something to check; then
/// `corrupt`, and `message` expected.
fn invariant_catches(corrupt: impl FnOnce(OutputId), message: &'static str) {
	ExtBuilder.build().execute_with(|| {
		let output = sold_output();
		assert_ok!(Royalties::list(RuntimeOrigin::signed(BOB), output, PaymentAsset::Native, 500));
		assert_ok!(Royalties::do_try_state());
		corrupt(output);
		assert_eq!(Royalties::do_try_state(), Err(sp_runtime::DispatchError::Other(message)));
	});
}

#[test]
fn try_state_catches_a_listing_at_price_zero() {
	invariant_catches(
		|output| Listings::<Test>::mutate(output, |l| l.as_mut().unwrap().price = 0),
		"a listing at price zero",
	);
}

#[test]
fn try_state_catches_an_external_sale_to_its_own_seller() {
	invariant_catches(
		|output| {
			ExternalSales::<Test>::insert(
				output,
				ExternalSale { seller: BOB, buyer: BOB, asset: PaymentAsset::Native, price: 5 },
			)
		},
		"an external sale to its own seller",
	);
}

#[test]
fn try_state_catches_accruals_that_differ_from_their_total() {
	invariant_catches(
		|_| {
			let key = Accrued::<Test>::iter_keys().next().expect("the sale accrued");
			Accrued::<Test>::mutate(key, |a| a.amount += 1)
		},
		"a pot differs from its accruals",
	);
}

#[test]
fn try_state_catches_a_policy_that_takes_the_whole_price() {
	invariant_catches(
		|output| Policies::<Test>::mutate(output, |p| p.as_mut().unwrap().stack = pct(100)),
		"a policy takes the whole price",
	);
}

/// A sale and a claim are charged for the costliest report to reputation and refund what their
/// report did not use.
#[test]
fn sales_refund_the_reputation_weight_they_did_not_use_and_claims_report_nothing() {
	use frame_support::weights::Weight;
	ExtBuilder.build_and_execute(|| {
		MaxReportWeight::set(Weight::from_parts(1_000, 10));
		ReportWeight::set(Weight::from_parts(300, 4));
		let output = mint(0, ALICE, two_licensee_model(), &[], pct(20));
		assert_ok!(Royalties::list(
			RuntimeOrigin::signed(ALICE),
			output,
			PaymentAsset::Native,
			1_000
		));
		let listing = Listings::<Test>::get(output).unwrap().id;
		let recipients = Royalties::split(&output, 1_000).unwrap().payouts.len() as u32;
		let info = Royalties::buy(
			RuntimeOrigin::signed(BOB),
			output,
			listing,
			PaymentAsset::Native,
			1_000,
		)
		.unwrap();
		assert_eq!(
			info.actual_weight,
			Some(<() as WeightInfo>::buy(recipients).saturating_sub(Weight::from_parts(700, 6)))
		);
		// A claim reports nothing to reputation (its money may be the buyer's own, come back):
		// it is charged its benchmarked weight.
		let info = claim(ALICE, ALICE, PaymentAsset::Native).unwrap();
		assert_eq!(info.actual_weight, None);
	});
}

#[test]
fn claims_wait_while_attestation_freezes_the_model_and_burn_after_a_major_violation() {
	ExtBuilder.build_and_execute(|| {
		let model = two_licensee_model();
		// Two sales of the same model's outputs, one in ATL and one in aUSD.
		let output = mint(0, ALICE, model, &[], pct(20));
		assert_ok!(Royalties::list(
			RuntimeOrigin::signed(ALICE),
			output,
			PaymentAsset::Native,
			1_000
		));
		assert_ok!(buy(BOB, output, 1_000));
		let usd_output = mint(1, ALICE, model, &[], pct(20));
		let usd_asset = PaymentAsset::Asset(USD);
		assert_ok!(Royalties::list(RuntimeOrigin::signed(ALICE), usd_output, usd_asset, 1_000));
		assert_ok!(buy(BOB, usd_output, 1_000));
		// Each pot: the creator's 20%, Dave's 6% and Eve's 4% of 1 000.
		assert_eq!(Pots::<Test>::get(model, PaymentAsset::Native).total, 300);
		assert_eq!(Pots::<Test>::get(model, usd_asset).total, 300);

		// A challenge open in the lineage: claims wait, and change nothing.
		ClaimStates::set(vec![(model, ClaimState::Frozen)]);
		assert_noop!(
			Royalties::claim(RuntimeOrigin::signed(DAVE), DAVE, PaymentAsset::Native, model),
			Error::<Test>::ClaimFrozen
		);

		// A major violation: the first claim burns both pots, exactly, and pays nothing.
		ClaimStates::set(vec![(model, ClaimState::Burn)]);
		let dave = native(DAVE);
		let issuance = Balances::total_issuance();
		let usd_issuance =
			<Assets as frame_support::traits::fungibles::Inspect<_>>::total_issuance(USD);
		assert_ok!(Royalties::claim(
			RuntimeOrigin::signed(DAVE),
			DAVE,
			PaymentAsset::Native,
			model
		));
		assert_eq!(native(DAVE), dave);
		assert_eq!(Balances::total_issuance(), issuance - 300);
		assert_eq!(
			<Assets as frame_support::traits::fungibles::Inspect<_>>::total_issuance(USD),
			usd_issuance - 300
		);
		assert_eq!(TotalAccrued::<Test>::get(PaymentAsset::Native), 0);
		assert_eq!(Pots::<Test>::get(model, PaymentAsset::Native), Pot { total: 0, epoch: 1 });
		for asset in [PaymentAsset::Native, usd_asset] {
			System::assert_has_event(Event::PotBurned { model, asset, amount: 300 }.into());
		}
		// The burned accruals are void, even if the violation is lifted later.
		ClaimStates::take();
		assert_noop!(
			Royalties::claim(RuntimeOrigin::signed(EVE), EVE, PaymentAsset::Native, model),
			Error::<Test>::AccrualBurned
		);
		// A sale after the lift accrues afresh, and only that is claimed.
		let again = mint(2, ALICE, model, &[], pct(20));
		assert_ok!(Royalties::list(
			RuntimeOrigin::signed(ALICE),
			again,
			PaymentAsset::Native,
			1_000
		));
		assert_ok!(buy(BOB, again, 1_000));
		let eve = native(EVE);
		assert_ok!(Royalties::claim(RuntimeOrigin::signed(EVE), EVE, PaymentAsset::Native, model));
		assert_eq!(native(EVE), eve + 40);
	});
}

#[test]
fn the_v2_migration_keeps_every_accrual_claimable_under_unattributed() {
	ExtBuilder.build().execute_with(|| {
		use crate::migrations::v2::{AccruedV1, KeepAccrualsByModel};
		use frame_support::traits::UncheckedOnRuntimeUpgrade;
		// Version 1's accruals, as a chain before this upgrade holds them (and funds them).
		AccruedV1::<Test>::insert(DAVE, PaymentAsset::Native, 60);
		AccruedV1::<Test>::insert(EVE, PaymentAsset::Native, 40);
		TotalAccrued::<Test>::insert(PaymentAsset::Native, 100);
		{
			use frame_support::traits::fungible::Mutate;
			Balances::mint_into(&Royalties::account_id(), 100).unwrap();
		}
		KeepAccrualsByModel::<Test>::on_runtime_upgrade();
		assert_eq!(AccruedV1::<Test>::iter().count(), 0);
		assert_eq!(Pots::<Test>::get(UNATTRIBUTED, PaymentAsset::Native).total, 100);
		assert_ok!(Royalties::do_try_state());
		let dave = native(DAVE);
		assert_ok!(Royalties::claim(
			RuntimeOrigin::signed(DAVE),
			DAVE,
			PaymentAsset::Native,
			UNATTRIBUTED
		));
		assert_eq!(native(DAVE), dave + 60);
		assert_ok!(Royalties::do_try_state());
	});
}

/// The account a payee of the tests names (their models have no shares).
fn payee_account(payee: &Payee<AccountId>) -> AccountId {
	match payee {
		Payee::Account(who) => *who,
		Payee::Owner(model) => panic!("the tests' licensees are accounts, not {model:?}"),
	}
}

#[test]
fn the_v3_migration_names_every_recipient_as_an_account() {
	use crate::migrations::v3::{MigrateToV3, PolicyV2};
	use codec::Encode;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	ExtBuilder.build_and_execute(|| {
		let model = two_licensee_model();
		let output = mint(0, ALICE, model, &[], pct(20));
		let policy = Policies::<Test>::get(output).unwrap();
		let old = PolicyV2::<AccountId, frame_support::traits::ConstU32<MAX_RECIPIENTS>> {
			creator_share: policy.creator_share,
			stack: policy.stack,
			recipients: frame_support::BoundedVec::truncate_from(
				policy.recipients.iter().map(|(p, s)| (payee_account(p), *s)).collect(),
			),
		};
		frame_support::storage::unhashed::put_raw(
			&Policies::<Test>::hashed_key_for(output),
			&old.encode(),
		);
		StorageVersion::new(2).put::<Royalties>();
		MigrateToV3::<Test>::on_runtime_upgrade();
		assert_eq!(Royalties::on_chain_storage_version(), StorageVersion::new(3));
		let migrated = Policies::<Test>::get(output).unwrap();
		assert_eq!(migrated.recipients, policy.recipients);
		assert_eq!((migrated.stack, migrated.creator_share), (policy.stack, policy.creator_share));
	});
}
