import { DAY, type EmulatorCore } from "../core/emulator-core";
import { newId } from "../ids";
import { convertMinor, exchangeRate, processingFee } from "../money";
import type { BalanceTransactionRecord, ChargeRecord } from "../state";

export type BalanceTransactionInput = Omit<
  BalanceTransactionRecord,
  "id" | "created" | "amount" | "currency" | "net" | "exchangeRate" | "availableOn"
> & {
  sourceCurrency: string;
  sourceAmount: number;
};

/** Records money moving: converted into the settlement currency, available after a few days. */
export function addBalanceTransaction(
  core: EmulatorCore,
  input: BalanceTransactionInput,
): BalanceTransactionRecord {
  const settlement = core.config.settlementCurrency;
  const amount = convertMinor(input.sourceAmount, input.sourceCurrency, settlement);
  const created = core.now();
  const txn: BalanceTransactionRecord = {
    id: newId("txn"),
    created,
    availableOn: created + core.config.availableAfterDays * DAY,
    amount,
    currency: settlement,
    fee: input.fee,
    net: amount - input.fee,
    exchangeRate:
      input.sourceCurrency === settlement ? null : exchangeRate(input.sourceCurrency, settlement),
    sourceId: input.sourceId,
    type: input.type,
    reportingCategory: input.reportingCategory,
    description: input.description,
  };
  core.state.balanceTransactions[txn.id] = txn;
  return txn;
}

/** Balance transaction of a successful charge: converted into the settlement currency, minus the fee. */
export function addChargeBalanceTransaction(
  core: EmulatorCore,
  charge: ChargeRecord,
): BalanceTransactionRecord {
  const settled = convertMinor(charge.amount, charge.currency, core.config.settlementCurrency);
  const txn = addBalanceTransaction(core, {
    sourceAmount: charge.amount,
    sourceCurrency: charge.currency,
    fee: processingFee(settled),
    sourceId: charge.id,
    type: "charge",
    reportingCategory: "charge",
    description: charge.description,
  });
  charge.balanceTransactionId = txn.id;
  return txn;
}
