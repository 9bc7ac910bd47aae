-- CreateTable
CREATE TABLE "ScheduledRun" (
    "name" VARCHAR(64) NOT NULL,
    "lastRunAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ScheduledRun_pkey" PRIMARY KEY ("name")
);
