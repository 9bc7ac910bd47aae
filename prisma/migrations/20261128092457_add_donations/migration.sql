-- CreateEnum
CREATE TYPE "DonationFrequency" AS ENUM ('ONE_TIME', 'MONTHLY');

-- CreateEnum
CREATE TYPE "DonationStatus" AS ENUM ('PENDING', 'PROCESSING', 'PAID', 'FAILED', 'EXPIRED');

-- CreateTable
CREATE TABLE "Donation" (
    "id" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "frequency" "DonationFrequency" NOT NULL,
    "status" "DonationStatus" NOT NULL DEFAULT 'PENDING',
    "amount" INTEGER NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "publicName" VARCHAR(80),
    "message" VARCHAR(280),
    "messageStatus" "MessageStatus" NOT NULL DEFAULT 'NONE',
    "inHonourOf" VARCHAR(120),
    "locale" VARCHAR(16) NOT NULL DEFAULT 'en',
    "ipHash" VARCHAR(64),
    "stripeCheckoutSessionId" VARCHAR(255),
    "stripeCustomerId" VARCHAR(255),
    "stripeSubscriptionId" VARCHAR(255),
    "paidAt" TIMESTAMPTZ(3),
    "endedAt" TIMESTAMPTZ(3),
    "disputed" BOOLEAN NOT NULL DEFAULT false,
    "countedDonor" BOOLEAN NOT NULL DEFAULT false,
    "countedRaised" INTEGER NOT NULL DEFAULT 0,
    "countedCurrency" VARCHAR(3),

    CONSTRAINT "Donation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DonationPayment" (
    "id" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "donationId" UUID NOT NULL,
    "stripePaymentIntentId" VARCHAR(255) NOT NULL,
    "stripeChargeId" VARCHAR(255) NOT NULL,
    "stripeInvoiceId" VARCHAR(255),
    "amount" INTEGER NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "settlementAmount" INTEGER NOT NULL,
    "settlementFee" INTEGER NOT NULL,
    "settlementNet" INTEGER NOT NULL,
    "settlementCurrency" VARCHAR(3) NOT NULL,
    "amountRefunded" INTEGER NOT NULL DEFAULT 0,
    "settlementRefunded" INTEGER NOT NULL DEFAULT 0,
    "disputed" BOOLEAN NOT NULL DEFAULT false,
    "disputeStatus" VARCHAR(32),
    "paidAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DonationPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DonationRefund" (
    "id" VARCHAR(255) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "paymentId" UUID NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "settlementAmount" INTEGER NOT NULL DEFAULT 0,
    "settlementCurrency" VARCHAR(3),
    "status" VARCHAR(32) NOT NULL,

    CONSTRAINT "DonationRefund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" VARCHAR(255) NOT NULL,
    "type" VARCHAR(100) NOT NULL,
    "processedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Donation_stripeCheckoutSessionId_key" ON "Donation"("stripeCheckoutSessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Donation_stripeSubscriptionId_key" ON "Donation"("stripeSubscriptionId");

-- CreateIndex
CREATE INDEX "Donation_status_id_idx" ON "Donation"("status", "id" DESC);

-- CreateIndex
CREATE INDEX "Donation_messageStatus_id_idx" ON "Donation"("messageStatus", "id" DESC);

-- CreateIndex
CREATE INDEX "Donation_createdAt_idx" ON "Donation"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DonationPayment_stripePaymentIntentId_key" ON "DonationPayment"("stripePaymentIntentId");

-- CreateIndex
CREATE UNIQUE INDEX "DonationPayment_stripeChargeId_key" ON "DonationPayment"("stripeChargeId");

-- CreateIndex
CREATE UNIQUE INDEX "DonationPayment_stripeInvoiceId_key" ON "DonationPayment"("stripeInvoiceId");

-- CreateIndex
CREATE INDEX "DonationPayment_donationId_idx" ON "DonationPayment"("donationId");

-- CreateIndex
CREATE INDEX "DonationRefund_paymentId_idx" ON "DonationRefund"("paymentId");

-- CreateIndex
CREATE INDEX "StripeEvent_processedAt_idx" ON "StripeEvent"("processedAt");

-- AddForeignKey
ALTER TABLE "DonationPayment" ADD CONSTRAINT "DonationPayment_donationId_fkey" FOREIGN KEY ("donationId") REFERENCES "Donation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DonationRefund" ADD CONSTRAINT "DonationRefund_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "DonationPayment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: money is a positive integer of minor units; refunds never exceed their payment.
ALTER TABLE "Donation" ADD CONSTRAINT "Donation_amount_positive" CHECK ("amount" > 0);
ALTER TABLE "DonationPayment" ADD CONSTRAINT "DonationPayment_amounts_valid"
  CHECK ("amount" > 0 AND "amountRefunded" >= 0 AND "amountRefunded" <= "amount");
ALTER TABLE "DonationRefund" ADD CONSTRAINT "DonationRefund_amount_positive" CHECK ("amount" > 0);
