// Reads a StatusGen site's api/v2 through the real npm Statuspage client (statuspage.io 3.3.8) and prints what it saw
// as JSON, for StatusGen.Core.Tests/Api/StatuspageClientTests. Usage: node statuspage-client.mjs http://127.0.0.1:PORT/
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { Statuspage } = require("statuspage.io");

const client = new Statuspage("statusgen");
client.setApiUrl(process.argv[2]);

const summary = await client.api.getSummary();
const status = await client.api.getStatus();
const components = await client.api.getComponents();
const incidents = await client.api.incidents.getAll();
const unresolved = await client.api.incidents.getUnresolved();
// In 3.3.8 getActive/getAll/getUpcoming all request scheduled-maintenances/upcoming.json.
const upcoming = await client.api.scheduledMaintenances.getUpcoming();

console.log(JSON.stringify({
  page: summary.page,
  indicator: status.status.indicator,
  description: status.status.description,
  summaryComponents: summary.components.map(c => `${c.name}=${c.status}`),
  components: components.components.map(c => ({ name: c.name, status: c.status, group: c.group, group_id: c.group_id })),
  incidents: incidents.incidents.map(i => ({ name: i.name, status: i.status, impact: i.impact, updates: i.incident_updates.map(u => u.status) })),
  unresolved: unresolved.incidents.map(i => i.name),
  summaryMaintenances: summary.scheduled_maintenances.map(m => m.name),
  upcoming: upcoming.scheduled_maintenances.map(m => ({ name: m.name, status: m.status, scheduled_for: m.scheduled_for, scheduled_until: m.scheduled_until })),
}));
