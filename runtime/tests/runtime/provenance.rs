//! Provenance and royalties on the real runtime.

use crate::common::*;

#[test]
fn genesis_creates_the_provenance_collections_owned_by_the_pallet() {
	use atelier_runtime::configs::provenance::ProvenanceAccount;
	dev_ext().execute_with(|| {
		let c = pallet_provenance::ProvenanceCollections::<Runtime>::get()
			.expect("the dev preset creates the collections");
		for collection in [c.datasets, c.models, c.outputs] {
			assert_eq!(Nfts::collection_owner(collection), Some(ProvenanceAccount::get()));
		}
	});
}

/// A model of Charlie's on Dave's dataset, an output of Eve's remixed by Ferdie, sold to Bob
/// through the royalties pallet; every recipient accrues exactly its share and claims it.
#[test]
fn a_remix_sells_paying_the_seller_the_reserve_and_its_whole_lineage() {
	use atelier_runtime::configs::monetary::ReserveAccount;
	use pallet_royalties::{Accrued, PaymentAsset};
	use sp_core::H256;

	dev_ext().execute_with(|| {
		let model = register_model(Sr25519Keyring::Dave, Perbill::from_percent(100));
		let mint = |who, parents: Vec<pallet_provenance::OutputId>| {
			apply_ok(
				who,
				RuntimeCall::Provenance(pallet_provenance::Call::mint_output {
					model,
					job: None,
					content_hash: H256::repeat_byte(9),
					prompts: vec![],
					parents,
					content_credential: Some(H256::repeat_byte(8)),
					creator_share: Perbill::from_percent(10),
				}),
			);
			pallet_provenance::OutputId(pallet_provenance::NextOutputId::<Runtime>::get() - 1)
		};
		let parent = mint(Sr25519Keyring::Eve, vec![]);
		let remix = mint(Sr25519Keyring::Ferdie, vec![parent]);
		let price = 1_000 * UNIT;
		apply_ok(
			Sr25519Keyring::Ferdie,
			RuntimeCall::Royalties(pallet_royalties::Call::list {
				output: remix,
				asset: PaymentAsset::Native,
				price,
			}),
		);
		let split = atelier_runtime::Royalties::split(&remix, price).unwrap();
		let ferdie = free(Sr25519Keyring::Ferdie);
		let reserve = Balances::free_balance(ReserveAccount::get());
		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::Royalties(pallet_royalties::Call::buy {
				output: remix,
				listing: pallet_royalties::Listings::<Runtime>::get(remix).unwrap().id,
				asset: PaymentAsset::Native,
				max_price: price,
			}),
		);

		// Stack: Ferdie 10% + model 10% (Dave) + parents 10% (Eve's policy: Eve 10/22, Dave
		// 10/22, reserve share) + reserve 2% = 32%.
		let owed =
			|who| Accrued::<Runtime>::get((account(who), PaymentAsset::Native, model)).amount;
		// Each tenth of the parents' share, normalised by the parent's 22% stack, rounded down.
		let via_parent =
			Perbill::from_parts((100_000_000u64 * 100_000_000 / 220_000_000) as u32) * price;
		let dave = 100 * UNIT + via_parent;
		assert_eq!(owed(Sr25519Keyring::Dave), dave);
		assert_eq!(owed(Sr25519Keyring::Eve), via_parent);
		assert_eq!(owed(Sr25519Keyring::Ferdie), 100 * UNIT);
		assert_eq!(free(Sr25519Keyring::Ferdie), ferdie + 680 * UNIT);
		let paid: Balance = split.payouts.iter().map(|(_, a)| *a).sum();
		assert_eq!(Balances::free_balance(ReserveAccount::get()), reserve + 320 * UNIT - paid);
		assert_eq!(split.seller_proceeds + split.reserve + paid, price);
		assert_eq!(
			atelier_runtime::Provenance::lineage(
				pallet_provenance::ProvenanceItem::Output(remix),
				4
			)
			.unwrap()
			.ancestors
			.len(),
			3
		);
		assert_eq!(
			<atelier_runtime::Provenance as pallet_provenance::OutputRegistry<AccountId>>::owner(
				&remix
			),
			Some(account(Sr25519Keyring::Bob))
		);

		let before = free(Sr25519Keyring::Dave);
		System::reset_events();
		apply_ok(
			Sr25519Keyring::Dave,
			RuntimeCall::Royalties(pallet_royalties::Call::claim {
				beneficiary: account(Sr25519Keyring::Dave),
				asset: PaymentAsset::Native,
				model,
			}),
		);
		let fee = fee_paid_by(&account(Sr25519Keyring::Dave));
		assert_eq!(free(Sr25519Keyring::Dave), before + dave - fee);
	});
}

/// No `pallet-nfts` call moves or burns a provenance NFT: not `transfer`, not `buy_item` after
/// `set_price`, not a swap, not `burn`, and the owner cannot unlock it.
#[test]
fn no_nfts_call_moves_a_provenance_nft_around_the_royalties() {
	use sp_core::H256;
	dev_ext().execute_with(|| {
		let model = register_model(Sr25519Keyring::Dave, Perbill::from_percent(50));
		apply_ok(
			Sr25519Keyring::Eve,
			RuntimeCall::Provenance(pallet_provenance::Call::mint_output {
				model,
				job: None,
				content_hash: H256::repeat_byte(9),
				prompts: vec![],
				parents: vec![],
				content_credential: None,
				creator_share: Perbill::from_percent(10),
			}),
		);
		let outputs = pallet_provenance::ProvenanceCollections::<Runtime>::get().unwrap().outputs;
		let locked: DispatchError = pallet_nfts::Error::<Runtime>::ItemLocked.into();
		let eve = Sr25519Keyring::Eve;
		let call = |c| RuntimeCall::Nfts(c);
		assert_eq!(
			apply(
				eve,
				call(pallet_nfts::Call::transfer {
					collection: outputs,
					item: 0,
					dest: account(Sr25519Keyring::Bob).into()
				})
			),
			Ok(Err(locked))
		);
		assert_eq!(
			apply(eve, call(pallet_nfts::Call::burn { collection: outputs, item: 0 })),
			Ok(Err(locked))
		);
		apply_ok(
			eve,
			call(pallet_nfts::Call::set_price {
				collection: outputs,
				item: 0,
				price: Some(UNIT),
				whitelisted_buyer: None,
			}),
		);
		assert_eq!(
			apply(
				Sr25519Keyring::Bob,
				call(pallet_nfts::Call::buy_item { collection: outputs, item: 0, bid_price: UNIT })
			),
			Ok(Err(locked))
		);
		assert_eq!(
			apply(
				eve,
				call(pallet_nfts::Call::unlock_item_transfer { collection: outputs, item: 0 })
			),
			Ok(Err(pallet_nfts::Error::<Runtime>::NoPermission.into()))
		);
		assert_eq!(
			apply(
				eve,
				call(pallet_nfts::Call::mint {
					collection: outputs,
					item: 5,
					mint_to: account(eve).into(),
					witness_data: None
				})
			),
			Ok(Err(pallet_nfts::Error::<Runtime>::NoPermission.into()))
		);
		let eve_owns = <atelier_runtime::Provenance as pallet_provenance::OutputRegistry<
			AccountId,
		>>::owner(&pallet_provenance::OutputId(0));
		assert_eq!(eve_owns, Some(account(eve)));
	});
}

/// Issue 4's figure, checked against the generated weights: a sale's weight grows with the
/// recipients its policy pays (at most `MaxRecipients`, whatever the lineage's depth, since the
/// policy is flattened at mint), and a sale paying the most recipients, by either path, fits
/// within a tenth of a block with its extrinsic base weight.
#[test]
fn a_sale_paying_the_most_recipients_fits_in_a_tenth_of_a_block() {
	use frame_support::{dispatch::DispatchClass, traits::Get};
	use pallet_royalties::WeightInfo;
	type Weights = pallet_royalties::weights::SubstrateWeight<Runtime>;

	let block = <Runtime as frame_system::Config>::BlockWeights::get();
	let base = block.get(DispatchClass::Normal).base_extrinsic;
	let tenth = block.max_block.ref_time() / 10;
	let most = <Runtime as pallet_royalties::Config>::MaxRecipients::get();
	assert_eq!(most, 64);

	let mut last = 0;
	for r in 1..=most {
		let buy = (Weights::buy(r) + base).ref_time();
		let external = (Weights::accept_external_sale(r) + base).ref_time();
		assert!(buy > last, "each recipient adds to a sale's weight");
		assert!(buy <= tenth, "buy({r}) = {buy} ps is above a tenth of a block ({tenth} ps)");
		assert!(external <= tenth, "accept_external_sale({r}) = {external} ps");
		last = buy;
	}
}

/// Issue 4's figure, as a function of lineage depth: a chain of remixes 48 generations deep, each
/// by a new creator. Each generation passes its parent's policy up at `ParentShare / stack` of
/// its weight (10% / 32%), so an ancestor's share shrinks geometrically and falls below one part
/// per billion after about 17 generations: the recipient list, and with it a sale's weight, stops
/// growing long before `MaxRecipients`. A sale of the deepest output is charged `buy(r)` for its
/// `r` recipients, whatever the depth.
#[test]
fn a_sales_weight_stops_growing_with_the_lineages_depth() {
	use atelier_runtime::{Provenance, Royalties, RuntimeOrigin};
	use frame_support::traits::{fungible::Mutate, Get};
	use pallet_royalties::{PaymentAsset, Policies, WeightInfo};
	use sp_core::H256;
	type Weights = pallet_royalties::weights::SubstrateWeight<Runtime>;

	dev_ext().execute_with(|| {
		let model = register_model(Sr25519Keyring::Dave, Perbill::from_percent(100));
		let mut parent = None;
		let mut recipients = Vec::new();
		for depth in 0..48u8 {
			let creator = AccountId::from([depth.wrapping_add(100); 32]);
			Balances::set_balance(&creator, 1_000 * UNIT);
			frame_support::assert_ok!(Provenance::mint_output(
				RuntimeOrigin::signed(creator),
				model,
				None,
				H256::repeat_byte(depth),
				vec![],
				parent.into_iter().collect(),
				None,
				Perbill::from_percent(10),
			));
			let output =
				pallet_provenance::OutputId(pallet_provenance::NextOutputId::<Runtime>::get() - 1);
			let policy = Policies::<Runtime>::get(output).expect("minted with a policy");
			recipients.push(policy.recipients.len() as u32);
			parent = Some(output);
		}
		// Printed for docs/pallets/royalties.md (`--nocapture`).
		for (depth, r) in recipients
			.iter()
			.enumerate()
			.filter(|(d, _)| [0, 1, 2, 4, 8, 12, 16, 20, 24, 32, 47].contains(d))
		{
			println!("depth {depth}: {r} recipients, buy = {} ps", Weights::buy(*r).ref_time());
		}
		let most = <Runtime as pallet_royalties::Config>::MaxRecipients::get();
		assert!(recipients.windows(2).all(|w| w[0] <= w[1]), "{recipients:?}");
		assert!(recipients[47] < most, "{recipients:?}");
		assert_eq!(recipients[47], recipients[30], "the list stops growing: {recipients:?}");
		assert!(recipients[16] > recipients[1], "{recipients:?}");

		let deepest = parent.expect("minted");
		let seller = AccountId::from([147u8; 32]);
		let price = 1_000 * UNIT;
		frame_support::assert_ok!(Royalties::list(
			RuntimeOrigin::signed(seller),
			deepest,
			PaymentAsset::Native,
			price
		));
		let listing = pallet_royalties::Listings::<Runtime>::get(deepest).unwrap().id;
		let info = Royalties::buy(
			RuntimeOrigin::signed(account(Sr25519Keyring::Bob)),
			deepest,
			listing,
			PaymentAsset::Native,
			price,
		)
		.expect("the sale goes through");
		// Charged for every recipient and for the costliest report (each weight component's
		// most), less what the report did not use: it opened the creator's record; and for the
		// reserve's metrics (the sale's demand, the buyer and the seller), at their most.
		use atelier_primitives::activity::{Metrics, Observer};
		use pallet_reputation::WeightInfo as _;
		let costliest = <atelier_runtime::Reputation as Observer<AccountId>>::max_report_weight();
		let opened = <pallet_reputation::weights::SubstrateWeight<Runtime>>::report_creation();
		assert_eq!(
			info.actual_weight,
			Some(
				Weights::buy(recipients[47])
					.saturating_sub(costliest)
					.saturating_add(opened)
					.saturating_add(
						<atelier_runtime::Reserve as Metrics<AccountId>>::max_weight()
							.saturating_mul(3)
					)
					// Resolving each payee (no model of this lineage has shares: no credit).
					.saturating_add(Royalties::credits_weight(recipients[47], 0))
			)
		);
	});
}
