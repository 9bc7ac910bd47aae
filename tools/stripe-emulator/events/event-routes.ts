import { resourceMissing } from "../errors";
import { type ApiCall, type ApiRoute, listRoute } from "../http/api-route";
import { route } from "../http/router";
import type { EventRecord } from "../state";

function eventJson(event: EventRecord): unknown {
  return JSON.parse(event.json);
}

/** Events are kept as the JSON that was delivered, and answered as that same JSON. */
export const eventRoutes: ApiRoute[] = [
  route("GET /v1/events/:id", ({ core }: ApiCall, id) => {
    const event = core.state.events[id];
    if (!event) throw resourceMissing("event", id);
    return eventJson(event);
  }),
  listRoute<EventRecord>(
    "/v1/events",
    (state) => state.events,
    (_, event) => eventJson(event),
    {
      type: "type",
    },
  ),
];
