using Microsoft.AspNetCore.Diagnostics;

namespace WhisperAspire.Api.Problems;

public static class StatusCodeProblems
{
    /// <summary>
    /// A bare status with no body (no route matched, a method the route lacks) becomes a ProblemDetails that says why
    /// and where the routes are listed.
    /// </summary>
    public static WebApplication UseProblemStatusCodePages(this WebApplication app)
    {
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            var detail = http.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => $"No route matches {http.Request.Method} {http.Request.Path}. GET /openapi/v1.json lists every route.",
                StatusCodes.Status405MethodNotAllowed => $"{http.Request.Path} does not take {http.Request.Method}. GET /openapi/v1.json lists the methods each route takes.",
                StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON, with Content-Type: application/json.",
                _ => null,
            };
            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = http.Response.StatusCode, Detail = detail },
            });
        });
        return app;
    }
}
