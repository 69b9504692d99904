using WhisperAspire.MigrationService.Migrating;

namespace WhisperAspire.UnitTests;

public class MigrationOptionsTests
{
    [Fact]
    public void The_plan_switch_becomes_the_configuration_key_and_other_arguments_pass_through()
    {
        Assert.Equal(
            ["--Migrations:Plan=true", "--Logging:LogLevel:Default=Debug"],
            MigrationOptions.TranslateSwitches(["--plan", "--Logging:LogLevel:Default=Debug"]));
    }
}
