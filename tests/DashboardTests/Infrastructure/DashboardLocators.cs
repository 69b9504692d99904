using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace WhisperAspire.DashboardTests.Infrastructure;

/// <summary>
/// The dashboard's grids by their accessibility tree (roles and accessible names), which the dashboard keeps for
/// screen readers, rather than by generated ids or CSS that change between builds.
/// </summary>
internal static class DashboardLocators
{
    /// <summary>The Resources grid's row whose name cell is labelled "&lt;type&gt;: &lt;name&gt;" (e.g. "Project: api").</summary>
    public static ILocator ResourceRow(this IPage page, string name) =>
        page.GetByRole(AriaRole.Row).Filter(new()
        {
            Has = page.GetByRole(AriaRole.Gridcell, new() { NameRegex = new Regex($"^[^:]+: {Regex.Escape(name)}$") }),
        });

    /// <summary>
    /// The cell of a resource row that reads <paramref name="state"/> ("Running", "Finished"). By its text: the cell's
    /// accessible name is its tooltip, which for some states explains rather than names them ("Project is no longer running.").
    /// </summary>
    public static ILocator StateCell(this ILocator resourceRow, string state) =>
        resourceRow.GetByRole(AriaRole.Gridcell).Filter(new() { Has = resourceRow.Page.GetByText(state, new() { Exact = true }) });

    /// <summary>A row of a property grid (span details, resource details) by the property's name.</summary>
    public static ILocator PropertyRow(this IPage page, string property) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByText(property, new() { Exact = true }) });

    /// <summary>The dashboard's message bars (role alert), e.g. notifications the AppHost sends.</summary>
    public static ILocator MessageBar(this IPage page, string text) =>
        page.GetByRole(AriaRole.Alert).Filter(new() { HasText = text });
}
