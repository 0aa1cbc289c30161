/**
 * Any /api address no route handler owns: a JSON 404 like every other API
 * refusal, rather than the HTML not-found page meant for people.
 */
function notFound(): Response {
  return Response.json({ error: "There is no API endpoint at this address. Check the method and the path." }, { status: 404 });
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
