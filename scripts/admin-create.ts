// `npm run admin:create -- --email you@example.org --role ADMIN [--name "Your Name"]`
// Adds a staff account to DATABASE_URL (or the embedded database). The password is read from a
// prompt (not echoed), or from standard input when piped: `echo "$PW" | npm run admin:create -- ...`.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { createStaffUser, StaffEmailTaken } from "@/lib/admin/create-staff-user";
import { newStaffSchema } from "@/lib/admin/staff-input";
import { openAppDatabase } from "@/lib/database/app-database";
import { EmbeddedDatabaseError } from "@/lib/database/embedded-postgres";
import { applyMigrations } from "@/lib/database/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string", default: "REVIEWER" },
    name: { type: "string" },
  },
});

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  }
  // Interactive: ask without echoing what is typed.
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (text: string) => void };
  let muted = false;
  output._writeToOutput = (text: string) => {
    if (!muted || text.includes("\n")) process.stdout.write(muted ? "\n" : text);
  };
  const answer = await new Promise<string>((resolve) => {
    rl.question("Password (at least 12 characters): ", resolve);
    muted = true;
  });
  rl.close();
  return answer;
}

const parsed = newStaffSchema.safeParse({
  email: values.email ?? "",
  role: (values.role ?? "").toUpperCase(),
  name: values.name ?? "",
  password: await readPassword(),
});
if (!parsed.success) {
  for (const issue of parsed.error.issues)
    console.error(`${issue.path.join(".")}: ${issue.message}`);
  console.error(
    'Usage: npm run admin:create -- --email you@example.org --role ADMIN|REVIEWER [--name "Name"]',
  );
  process.exit(2);
}

try {
  const database = await openAppDatabase("npm run admin:create", true);
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  try {
    await applyMigrations(database.url);
    const user = await createStaffUser(parsed.data, null, { client });
    console.log(`Created ${parsed.data.role} ${user.email}. Sign in at /admin/sign-in.`);
  } finally {
    await client.$disconnect();
    await database.stop();
  }
} catch (error) {
  if (error instanceof StaffEmailTaken || error instanceof EmbeddedDatabaseError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
}
