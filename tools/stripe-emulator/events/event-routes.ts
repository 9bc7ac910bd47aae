import type { RenderContext } from "../core/render-context";
import { resourceMissing } from "../errors";
import { type ApiCall, type ApiRoute, listRoute } from "../http/api-route";
import { route } from "../http/router";
import type { EventRecord } from "../state";

/** Events are kept as the JSON that was delivered, and answered as that same JSON. */
function renderEvent(_ctx: RenderContext, event: EventRecord): unknown {
  return JSON.parse(event.json);
}

export const eventRoutes: ApiRoute[] = [
  route("GET /v1/events/:id", ({ core }: ApiCall, id) => {
    const event = core.state.events[id];
    if (!event) throw resourceMissing("event", id);
    return renderEvent(core.render, event);
  }),
  listRoute("/v1/events", (state) => state.events, renderEvent, { type: "type" }),
];
