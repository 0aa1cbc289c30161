// Runs before `next dev` / `next start`: migrate and seed the database.
import { prepareDatabase } from "./lib.mjs";

prepareDatabase();
