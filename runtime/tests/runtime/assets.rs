//! The stablecoin, user assets, NFTs and the native/stablecoin exchange.

use crate::common::*;

#[test]
fn genesis_creates_the_stablecoin_with_metadata_and_endowments() {
	dev_ext().execute_with(|| {
		use fungibles::metadata::Inspect as _;
		assert_eq!(
			<Assets as fungibles::metadata::Inspect<AccountId>>::symbol(stablecoin::ASSET_ID),
			stablecoin::SYMBOL.as_bytes().to_vec()
		);
		assert_eq!(Assets::decimals(stablecoin::ASSET_ID), stablecoin::DECIMALS);
		for who in [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Ferdie] {
			assert_eq!(usd(who), genesis_config_presets::STABLECOIN_ENDOWMENT);
			// Alice, the development chain's validator, holds her bond from genesis.
			let bond = if who == Sr25519Keyring::Alice {
				genesis_config_presets::GENESIS_VALIDATOR_BOND
			} else {
				0
			};
			assert_eq!(free(who), genesis_config_presets::ENDOWMENT - bond);
		}
	});
}

#[test]
fn account_creates_mints_and_transfers_an_asset() {
	dev_ext().execute_with(|| {
		const ASSET: u32 = stablecoin::FIRST_PUBLIC_ASSET_ID + 42;
		let bob_reserved_before = Balances::reserved_balance(account(Sr25519Keyring::Bob));

		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::Assets(pallet_assets::Call::create {
				id: ASSET.into(),
				admin: account(Sr25519Keyring::Bob).into(),
				min_balance: 1,
			}),
		);
		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::Assets(pallet_assets::Call::set_metadata {
				id: ASSET.into(),
				name: b"Design Credits".to_vec(),
				symbol: b"DSGN".to_vec(),
				decimals: 2,
			}),
		);
		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::Assets(pallet_assets::Call::mint {
				id: ASSET.into(),
				beneficiary: account(Sr25519Keyring::Charlie).into(),
				amount: 1_000,
			}),
		);
		apply_ok(
			Sr25519Keyring::Charlie,
			RuntimeCall::Assets(pallet_assets::Call::transfer {
				id: ASSET.into(),
				target: account(Sr25519Keyring::Dave).into(),
				amount: 250,
			}),
		);

		let balance =
			|who| <Assets as fungibles::Inspect<AccountId>>::balance(ASSET, &account(who));
		assert_eq!(balance(Sr25519Keyring::Charlie), 750);
		assert_eq!(balance(Sr25519Keyring::Dave), 250);
		// The class deposit and the metadata deposit are reserved from the creator.
		assert!(
			Balances::reserved_balance(account(Sr25519Keyring::Bob))
				>= bob_reserved_before + configs_asset_deposit()
		);
	});
}

/// Attack 9 of issue 11: an account takes the stablecoin's id (or another protocol id) on a
/// chain whose genesis lacks it, or the key that created the stablecoin freezes or burns the
/// protocol's holdings. Every preset creates the stablecoin under a keyless owner, protocol ids
/// are created only by the force origin, and no signed account can freeze, block or burn.
#[test]
fn protocol_asset_ids_are_reserved_and_no_key_controls_the_stablecoin() {
	use atelier_runtime::configs::{
		assets::StablecoinIssuer, monetary::ReserveAccount, provenance::RoyaltiesAccount,
	};
	for preset in ["development", "local_testnet"] {
		genesis_ext(preset).execute_with(|| {
			let details =
				pallet_assets::Asset::<Runtime, frame_support::instances::Instance1>::get(
					stablecoin::ASSET_ID,
				)
				.expect("every preset creates the stablecoin");
			let issuer = StablecoinIssuer::get();
			assert_eq!(
				[&details.owner, &details.issuer, &details.admin, &details.freezer],
				[&issuer; 4],
				"{preset}"
			);
			// Signed accounts cannot take a protocol id, but can create public ones.
			let create = |id: u32| {
				apply(
					Sr25519Keyring::Bob,
					RuntimeCall::Assets(pallet_assets::Call::create {
						id: id.into(),
						admin: account(Sr25519Keyring::Bob).into(),
						min_balance: 1,
					}),
				)
			};
			for id in [2, stablecoin::FIRST_PUBLIC_ASSET_ID - 1] {
				assert_eq!(create(id), Ok(Err(DispatchError::BadOrigin)), "{preset}: id {id}");
			}
			assert_eq!(create(stablecoin::FIRST_PUBLIC_ASSET_ID), Ok(Ok(())), "{preset}");
			// Alice, who holds the dev chains' sudo key and once owned the stablecoin, signs
			// as an account: she cannot freeze, block or burn the protocol's holdings.
			let no_permission = Ok(Err(pallet_assets::Error::<
				Runtime,
				frame_support::instances::Instance1,
			>::NoPermission
				.into()));
			for target in [ReserveAccount::get(), RoyaltiesAccount::get()] {
				let calls = [
					pallet_assets::Call::freeze {
						id: stablecoin::ASSET_ID.into(),
						who: target.clone().into(),
					},
					pallet_assets::Call::block {
						id: stablecoin::ASSET_ID.into(),
						who: target.clone().into(),
					},
					pallet_assets::Call::burn {
						id: stablecoin::ASSET_ID.into(),
						who: target.clone().into(),
						amount: 1,
					},
				];
				for call in calls {
					assert_eq!(
						apply(Sr25519Keyring::Alice, RuntimeCall::Assets(call)),
						no_permission,
						"{preset}"
					);
				}
			}
		});
	}
}

#[test]
fn account_mints_an_nft_in_its_collection() {
	dev_ext().execute_with(|| {
		let config = pallet_nfts::CollectionConfig {
			settings: Default::default(),
			max_supply: None,
			mint_settings: Default::default(),
		};
		let collection = pallet_nfts::NextCollectionId::<Runtime>::get().unwrap_or_default();
		apply_ok(
			Sr25519Keyring::Alice,
			RuntimeCall::Nfts(pallet_nfts::Call::create {
				admin: account(Sr25519Keyring::Alice).into(),
				config,
			}),
		);
		apply_ok(
			Sr25519Keyring::Alice,
			RuntimeCall::Nfts(pallet_nfts::Call::mint {
				collection,
				item: 7,
				mint_to: account(Sr25519Keyring::Bob).into(),
				witness_data: None,
			}),
		);

		assert_eq!(Nfts::owner(collection, 7), Some(account(Sr25519Keyring::Bob)));
		assert_eq!(Nfts::collection_owner(collection), Some(account(Sr25519Keyring::Alice)));
	});
}

#[test]
fn native_stablecoin_pool_exists_from_genesis_with_the_reserves_liquidity_and_swaps_at_its_quote() {
	dev_ext().execute_with(|| {
		use atelier_runtime::genesis_config_presets::{POOL_ATL, POOL_STABLE};
		let native = Box::new(NativeOrWithId::Native);
		let usd_kind = Box::new(NativeOrWithId::WithId(stablecoin::ASSET_ID));

		// Genesis created it with the reserve's million ATL against a million aUSD.
		assert_eq!(
			AssetConversion::get_reserves(*native.clone(), *usd_kind.clone()).ok(),
			Some((POOL_ATL, POOL_STABLE))
		);
		let result = apply(
			Sr25519Keyring::Alice,
			RuntimeCall::AssetConversion(pallet_asset_conversion::Call::create_pool {
				asset1: native.clone(),
				asset2: usd_kind.clone(),
			}),
		);
		let Ok(Err(DispatchError::Module(error))) = result else {
			panic!("expected a module error, got {result:?}");
		};
		assert_eq!(error.message, Some("PoolExists"));
		// Anyone adds liquidity at its ratio: 10 000 ATL with 10 000 aUSD.
		apply_ok(
			Sr25519Keyring::Alice,
			RuntimeCall::AssetConversion(pallet_asset_conversion::Call::add_liquidity {
				asset1: native.clone(),
				asset2: usd_kind.clone(),
				amount1_desired: 10_000 * UNIT,
				amount2_desired: 10_000 * stablecoin::DOLLAR,
				amount1_min: 0,
				amount2_min: 0,
				mint_to: account(Sr25519Keyring::Alice),
			}),
		);
		assert_eq!(
			AssetConversion::get_reserves(*native.clone(), *usd_kind.clone()).ok(),
			Some((POOL_ATL + 10_000 * UNIT, POOL_STABLE + 10_000 * stablecoin::DOLLAR))
		);

		let quote = AssetConversion::quote_price_exact_tokens_for_tokens(
			*native.clone(),
			*usd_kind.clone(),
			10 * UNIT,
			true,
		)
		.expect("the pool quotes");
		// Slightly under 10 aUSD: the 0.3% LP fee and the price impact.
		assert!(quote < 10 * stablecoin::DOLLAR && quote > 9 * stablecoin::DOLLAR, "{quote}");

		let usd_before = usd(Sr25519Keyring::Bob);
		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::AssetConversion(
				pallet_asset_conversion::Call::swap_exact_tokens_for_tokens {
					path: vec![native, usd_kind],
					amount_in: 10 * UNIT,
					amount_out_min: quote,
					send_to: account(Sr25519Keyring::Bob),
					keep_alive: true,
				},
			),
		);
		assert_eq!(usd(Sr25519Keyring::Bob), usd_before + quote);
	});
}

#[test]
fn swap_below_the_minimum_out_fails_and_changes_nothing_but_the_fee() {
	dev_ext().execute_with(|| {
		let native = Box::new(NativeOrWithId::Native);
		let usd_kind = Box::new(NativeOrWithId::WithId(stablecoin::ASSET_ID));
		// The genesis pool: one aUSD an ATL.
		let usd_before = usd(Sr25519Keyring::Bob);
		let result = apply(
			Sr25519Keyring::Bob,
			RuntimeCall::AssetConversion(
				pallet_asset_conversion::Call::swap_exact_tokens_for_tokens {
					path: vec![native, usd_kind],
					amount_in: UNIT,
					amount_out_min: 3 * stablecoin::DOLLAR,
					send_to: account(Sr25519Keyring::Bob),
					keep_alive: true,
				},
			),
		);
		let Ok(Err(DispatchError::Module(error))) = result else {
			panic!("expected a module error, got {result:?}");
		};
		assert_eq!(error.message, Some("ProvidedMinimumNotSufficientForSwap"));
		assert_eq!(usd(Sr25519Keyring::Bob), usd_before);
	});
}
